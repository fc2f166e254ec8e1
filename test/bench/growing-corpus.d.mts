/** Types for growing-corpus.mjs, so tests can use the generator. */
export declare const HOT_STORIES: number;
export declare function generateGrowingCorpus(n: number, seed?: number): { id: string; text: string }[];
