import { phraseTable, type PhraseTable } from './phrases.js';

/**
 * Units of measure as data, each normalized to one unit per dimension (power → W, energy → Wh,
 * length → m, mass → tonne, data → B ...). `symbols` match as written; `names` match lower-case.
 */
export interface MeasureUnit {
  readonly unit: string;
  readonly dimension: string;
  /** Multiply the written number by this to get `unit`. */
  readonly factor: number;
  readonly symbols: readonly string[];
  readonly names: readonly string[];
  readonly example: string;
  /** The period a unit of flow carries in itself: "mtpa" is million tonnes per year. */
  readonly per?: 'year';
}

function si(prefixes: readonly [string, string, number][], base: { sym: string; name: string; names?: string[] }, unit: string, dimension: string, exampleOf: (s: string) => string): MeasureUnit[] {
  return prefixes.map(([p, word, f]) => ({
    unit,
    dimension,
    factor: f,
    symbols: [p + base.sym],
    names: [word + base.name, word + base.name + 's', ...(base.names ?? []).map((n) => word + n)],
    example: exampleOf(p + base.sym),
  }));
}

const POWER_PREFIXES: readonly [string, string, number][] = [
  ['', '', 1], ['k', 'kilo', 1e3], ['M', 'mega', 1e6], ['G', 'giga', 1e9], ['T', 'tera', 1e12],
];

/** A unit given by hand: canonical unit, factor, symbols (exact case) and names (lower-case). */
function u(dimension: string, unit: string, factor: number, symbols: string[], names: string[], example: string): MeasureUnit {
  return { unit, dimension, factor, symbols, names, example };
}

export const MEASURE_UNITS: readonly MeasureUnit[] = [
  ...si(POWER_PREFIXES, { sym: 'W', name: 'watt' }, 'W', 'power', (s) => `6 ${s}`),
  // (Solar capacity is told at its peak or on one side of the inverter: "140 MWp", "65 MWac" are power too.)
  ...si(POWER_PREFIXES.slice(1), { sym: 'Wp', name: 'watt-peak', names: ['watt peak', 'watts peak'] }, 'W', 'power', (s) => `250 ${s}`),
  ...si(POWER_PREFIXES.slice(1), { sym: 'Wac', name: 'watt-ac', names: ['watts ac'] }, 'W', 'power', (s) => `90 ${s}`),
  ...si(POWER_PREFIXES.slice(1), { sym: 'Wdc', name: 'watt-dc', names: ['watts dc'] }, 'W', 'power', (s) => `90 ${s}`),
  ...si(POWER_PREFIXES, { sym: 'Wh', name: 'watt-hour', names: ['watt hour', 'watt hours', 'watthour', 'watthours'] }, 'Wh', 'energy', (s) => `7.3 ${s}`),
  u('percent', '%', 1, ['%'], ['percent', 'per cent', 'pct', 'percentage', 'percents', 'per-cent', 'pc'], '35%'),
  u('percent', 'pp', 1, ['pp', 'ppt', 'ppts'], ['percentage points', 'percentage point', 'percent points'], '2 percentage points'),
  u('percent', 'bp', 1, ['bps', 'bp'], ['basis points', 'basis point'], '25 basis points'),
  // length → m
  u('length', 'm', 1, ['m'], ['metre', 'metres', 'meter', 'meters'], '5 metres'),
  u('length', 'm', 1e3, ['km'], ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'kms'], '4,000 km'),
  u('length', 'm', 1e-1, ['dm'], ['decimetre', 'decimetres', 'decimeter', 'decimeters'], '10 dm'),
  u('length', 'm', 1e-2, ['cm'], ['centimetre', 'centimetres', 'centimeter', 'centimeters'], '30 cm'),
  u('length', 'm', 1e-3, ['mm'], ['millimetre', 'millimetres', 'millimeter', 'millimeters'], '7.62mm'),
  u('length', 'm', 1e-6, ['µm', 'μm'], ['micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns'], '5 µm'),
  u('length', 'm', 1e-9, ['nm'], ['nanometre', 'nanometres', 'nanometer', 'nanometers'], 'a 3 nm process'),
  u('length', 'm', 1609.344, ['mi'], ['mile', 'miles'], '200 miles'),
  u('length', 'm', 0.3048, ['ft'], ['foot', 'feet'], 'a 776-foot airship'),
  u('length', 'm', 0.0254, [], ['inch', 'inches'], 'a 3-inch screen'),
  u('length', 'm', 0.9144, ['yd', 'yds'], ['yard', 'yards'], '100 yards'),
  u('length', 'm', 1852, ['nmi'], ['nautical mile', 'nautical miles'], '12 nautical miles'),
  // mass → tonne: deals in goods are priced and counted in tonnes ("600,000 tonnes of wheat", "2Mt of potash").
  u('mass', 'tonne', 1, ['t'], ['tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'], '16,000 metric tons'),
  // (Ores and concentrates are weighed dry or wet: "360,000 dry metric tonnes", "75,000 dmt" weigh in tonnes too.)
  u('mass', 'tonne', 1, ['dmt', 'wmt'], ['dry metric tonne', 'dry metric tonnes', 'dry metric ton', 'dry metric tons', 'wet metric tonne', 'wet metric tonnes', 'dry tonne', 'dry tonnes', 'wet tonne', 'wet tonnes'], '360,000 dry metric tonnes'),
  u('mass', 'tonne', 1e3, ['kt'], ['kilotonne', 'kilotonnes', 'kiloton', 'kilotons', 'thousand tonnes'], '600kt of wheat'),
  u('mass', 'tonne', 1e6, ['Mt', 'mt', 'MMT', 'mmt'], ['megatonne', 'megatonnes', 'megaton', 'megatons'], '2Mt of potash'),
  // (A plant's or an offtake's yearly flow in one symbol: "1.5 mtpa" is 1.5 million tonnes a year.)
  { ...u('mass', 'tonne', 1e6, ['mtpa', 'MTPA', 'Mtpa', 'mtpy', 'MTPY', 'Mtpy', 'mmtpa', 'MMTPA'], [], 'take 1.5 mtpa of LNG'), per: 'year' },
  { ...u('mass', 'tonne', 1e3, ['ktpa', 'KTPA', 'ktpy', 'KTPY'], [], 'a 60 ktpa lithium plant'), per: 'year' },
  u('mass', 'tonne', 1e-3, ['kg', 'kgs'], ['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'], '10kg'),
  u('mass', 'tonne', 1e-6, ['g', 'gr'], ['gram', 'grams', 'gramme', 'grammes'], '500 g'),
  u('mass', 'tonne', 1e-9, ['mg'], ['milligram', 'milligrams', 'milligramme', 'milligrammes'], '50 mg'),
  u('mass', 'tonne', 1e-12, ['µg', 'μg', 'mcg'], ['microgram', 'micrograms', 'microgramme', 'microgrammes'], '120 μg'),
  u('mass', 'tonne', 0.45359237e-3, ['lb', 'lbs'], ['pound', 'pounds'], '200lbs'),
  u('mass', 'tonne', 0.028349523125e-3, ['oz'], ['ounce', 'ounces'], 'a 68-ounce can'),
  // ship sizes: deadweight in tonnes, box capacity in twenty-foot equivalent units ("six 8,000 TEU vessels": six is the count)
  u('mass', 'tonne', 1, ['dwt', 'DWT'], ['deadweight tonnes', 'deadweight tons', 'deadweight tonnage'], 'an 82,000 dwt bulker'),
  u('containers', 'TEU', 1, ['TEU', 'TEUs', 'teu'], ['twenty-foot equivalent units', 'twenty-foot equivalent unit'], 'a 24,000 TEU ship'),
  // volume → m3
  u('volume', 'm3', 1, ['m3', 'm³', 'cbm'], ['cubic-metre', 'cubic-meter', 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'], '5 m3'),
  u('volume', 'm3', 1e9, ['km3', 'km³', 'km^3'], ['cubic kilometre', 'cubic kilometres', 'cubic kilometer', 'cubic kilometers', 'km cubed'], '4 km3'),
  u('volume', 'm3', 1e-3, ['L', 'l'], ['litre', 'litres', 'liter', 'liters'], '3 L'),
  u('volume', 'm3', 1e-5, ['cl', 'cL'], ['centilitre', 'centilitres', 'centiliter', 'centiliters'], '100 cl'),
  u('volume', 'm3', 1e-6, ['ml', 'mL', 'cm3', 'cm³', 'cc'], ['millilitre', 'millilitres', 'milliliter', 'milliliters', 'cubic centimetre', 'cubic centimetres', 'cubic centimeter', 'cubic centimeters'], '75ml'),
  u('volume', 'm3', 3.785411784e-3, ['gal'], ['gallon', 'gallons'], 'six gallons'),
  u('volume', 'm3', 0.158987294928, ['bbl'], ['barrel', 'barrels'], '500,000 barrels'),
  u('volume', 'm3', 0.028316846592, ['ft3', 'ft³', 'cu ft'], ['cubic foot', 'cubic feet'], '0.9 trillion cubic feet'),
  u('volume', 'm3', 1.478676478125e-5, ['tbsp'], ['tablespoon', 'tablespoons'], '3 tablespoons'),
  u('volume', 'm3', 4.92892159375e-6, ['tsp'], ['teaspoon', 'teaspoons'], '½ teaspoon'),
  u('volume', 'm3', 2.365882365e-4, [], ['cup', 'cups'], '1/2 cup'),
  // area → m2
  u('area', 'm2', 1, ['m2', 'm²', 'sq m'], ['square metre', 'square metres', 'square meter', 'square meters'], '660 square meters'),
  u('area', 'm2', 1e6, ['km2', 'km²', 'sq km', 'km^2'], ['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'km squared'], '190 km2'),
  u('area', 'm2', 2589988.110336, ['sq mi', 'mi2', 'mi²'], ['square mile', 'square miles'], '116,347 sq mi'),
  u('area', 'm2', 0.09290304, ['sq ft', 'ft2', 'ft²'], ['square foot', 'square feet'], '1 million square feet'),
  u('area', 'm2', 4046.8564224, [], ['acre', 'acres'], 'a 45-acre site'),
  u('area', 'm2', 1e4, ['ha'], ['hectare', 'hectares'], '20 ha'),
  // data → B
  u('data', 'B', 1, ['B'], ['byte', 'bytes'], 'one thousand bytes'),
  u('data', 'B', 0.125, [], ['bit', 'bits'], '16-bit'),
  u('data', 'B', 1e3, ['kB', 'KB'], ['kilobyte', 'kilobytes'], '64 KB'),
  u('data', 'B', 1024, ['KiB'], ['kibibyte', 'kibibytes'], 'a kibibyte'),
  u('data', 'B', 1e6, ['MB'], ['megabyte', 'megabytes'], '8 MB'),
  u('data', 'B', 1e9, ['GB'], ['gigabyte', 'gigabytes'], '80 GB'),
  u('data', 'B', 1e12, ['TB'], ['terabyte', 'terabytes'], '2 TB'),
  u('data', 'B', 1e15, ['PB'], ['petabyte', 'petabytes'], '5 PB'),
  u('data', 'B', 1e18, ['EB'], ['exabyte', 'exabytes'], '10-15 exabytes'),
  u('data', 'B', 1.25e5, ['Mb', 'mb', 'Mbit'], ['megabit', 'megabits'], '100 Mb'),
  u('data', 'B', 1.25e8, ['Gb', 'Gbit'], ['gigabit', 'gigabits'], '400 Gb'),
  // speed → m/s
  u('speed', 'm/s', 1 / 3.6, ['km/h', 'kph', 'kmph', 'km/hr', 'kmh'], ['kilometres per hour', 'kilometers per hour', 'kilometre per hour', 'kilometer per hour', 'kilometres an hour', 'kilometers an hour'], '200 kilometres per hour'),
  u('speed', 'm/s', 0.44704, ['mph'], ['miles per hour', 'mile per hour', 'miles an hour'], '188 miles an hour'),
  u('speed', 'm/s', 1, ['m/s'], ['metres per second', 'meters per second'], '3 m/s'),
  // ("kt" is a kilotonne: business text weighs goods far more often than it clocks ships.)
  u('speed', 'm/s', 1852 / 3600, ['kn', 'kts'], ['knot', 'knots'], '30 knots'),
  // temperature, as written
  u('temperature', '°C', 1, ['°C', '° C', 'ºC'], ['degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius'], '32 degrees Celsius'),
  u('temperature', '°F', 1, ['°F', '° F', 'ºF'], ['degrees fahrenheit', 'degree fahrenheit', 'fahrenheit'], '114 degrees Fahrenheit'),
  // frequency → Hz, compute → FLOP/s
  ...si(POWER_PREFIXES, { sym: 'Hz', name: 'hertz' }, 'Hz', 'frequency', (s) => `2.80 ${s}`),
  u('compute', 'FLOP/s', 1e12, ['TFLOPS', 'TFLOP/s'], ['teraflops', 'teraflop'], '989 teraflops'),
  u('compute', 'FLOP/s', 1e15, ['PFLOPS', 'PFLOP/s'], ['petaflops', 'petaflop'], '1 petaflop'),
  u('compute', 'FLOP/s', 1e18, ['EFLOPS', 'EFLOP/s'], ['exaflops', 'exaflop'], '10 exaflops'),
];

export interface MeasureHit {
  unit: string;
  dimension: string;
  factor: number;
  per?: 'year';
}

function build(): { symbols: Map<string, MeasureHit>; names: Map<string, MeasureHit> } {
  const symbols = new Map<string, MeasureHit>();
  const names = new Map<string, MeasureHit>();
  for (const u of MEASURE_UNITS) {
    const hit: MeasureHit = u.per === undefined ? { unit: u.unit, dimension: u.dimension, factor: u.factor } : { unit: u.unit, dimension: u.dimension, factor: u.factor, per: u.per };
    for (const s of u.symbols) symbols.set(s, hit);
    for (const n of u.names) names.set(n, hit);
  }
  return { symbols, names };
}

const MAPS = build();
export const UNIT_SYMBOLS: PhraseTable<MeasureHit> = phraseTable(MAPS.symbols, false);
export const UNIT_NAMES: PhraseTable<MeasureHit> = phraseTable(MAPS.names);
