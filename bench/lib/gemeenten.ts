/**
 * 342 gemeenten sized like the Netherlands (about 17.9 million inhabitants): the largest sixty with
 * their real (rounded, 2024) inhabitant counts, the Wadden islands and a few other very small ones,
 * and a long tail drawn deterministically from a log-normal distribution (median about 28,000, as
 * in reality). Tail names are real gemeente names where listed, then plausible composed ones.
 */
const LARGEST: [string, number][] = [
  ["Amsterdam", 931_000], ["Rotterdam", 664_000], ["Den Haag", 566_000], ["Utrecht", 374_000], ["Eindhoven", 246_000],
  ["Groningen", 238_000], ["Tilburg", 227_000], ["Almere", 226_000], ["Breda", 186_000], ["Nijmegen", 186_000],
  ["Apeldoorn", 166_000], ["Arnhem", 166_000], ["Haarlem", 164_000], ["Haarlemmermeer", 162_000], ["Enschede", 161_000],
  ["Amersfoort", 160_000], ["'s-Hertogenbosch", 160_000], ["Zaanstad", 159_000], ["Zwolle", 133_000], ["Leiden", 127_000],
  ["Zoetermeer", 127_000], ["Leeuwarden", 126_000], ["Ede", 122_000], ["Maastricht", 122_000], ["Dordrecht", 121_000],
  ["Westland", 113_000], ["Alphen aan den Rijn", 113_000], ["Alkmaar", 111_000], ["Emmen", 108_000], ["Delft", 105_000],
  ["Venlo", 102_000], ["Deventer", 102_000], ["Helmond", 94_000], ["Oss", 94_000], ["Purmerend", 93_000],
  ["Amstelveen", 92_000], ["Hilversum", 92_000], ["Súdwest-Fryslân", 91_000], ["Sittard-Geleen", 91_000], ["Heerlen", 87_000],
  ["Nissewaard", 86_000], ["Hengelo", 82_000], ["Schiedam", 80_000], ["Roosendaal", 78_000], ["Leidschendam-Voorburg", 77_000],
  ["Gouda", 75_000], ["Vlaardingen", 75_000], ["Almelo", 74_000], ["Hoorn", 74_000], ["Velsen", 69_000],
  ["Assen", 69_000], ["Bergen op Zoom", 68_000], ["Veenendaal", 68_000], ["Capelle aan den IJssel", 67_000], ["Katwijk", 67_000],
  ["Zeist", 66_000], ["Nieuwegein", 64_000], ["Lansingerland", 64_000], ["Ridderkerk", 47_000], ["Terneuzen", 55_000],
];
const SMALLEST: [string, number][] = [
  ["Schiermonnikoog", 950], ["Vlieland", 1_150], ["Rozendaal", 1_700], ["Ameland", 3_800], ["Terschelling", 4_900], ["Renswoude", 5_600],
];
const TAIL_NAMES = [
  "Heerenveen", "Smallingerland", "Hardenberg", "Kampen", "Doetinchem", "Oosterhout", "Den Helder", "Barneveld", "Woerden", "Soest",
  "Houten", "Lelystad", "Hardinxveld-Giessendam", "Pijnacker-Nootdorp", "Waalwijk", "Weert", "Roermond", "Kerkrade", "Vlissingen", "Middelburg",
  "Goes", "Hellevoetsluis", "Gorinchem", "Tiel", "Culemborg", "Wageningen", "Zutphen", "Harderwijk", "Ermelo", "Nunspeet",
  "Elburg", "Epe", "Heerde", "Hattem", "Oldebroek", "Steenwijkerland", "Meppel", "Hoogeveen", "Coevorden", "Borger-Odoorn",
  "Stadskanaal", "Veendam", "Pekela", "Oldambt", "Westerkwartier", "Het Hogeland", "Eemsdelta", "Midden-Groningen", "Tynaarlo", "Aa en Hunze",
  "Noordenveld", "Westerveld", "De Wolden", "Midden-Drenthe", "Ooststellingwerf", "Weststellingwerf", "Opsterland", "Tytsjerksteradiel", "Achtkarspelen", "Dantumadiel",
  "Noardeast-Fryslân", "Waadhoeke", "Harlingen", "De Fryske Marren", "Dronten", "Zeewolde", "Urk", "Noordoostpolder", "Raalte", "Olst-Wijhe",
  "Dalfsen", "Ommen", "Twenterand", "Tubbergen", "Dinkelland", "Oldenzaal", "Losser", "Haaksbergen", "Borne", "Hof van Twente",
  "Rijssen-Holten", "Wierden", "Hellendoorn", "Berkelland", "Oost Gelre", "Winterswijk", "Aalten", "Oude IJsselstreek", "Montferland", "Doesburg",
  "Bronckhorst", "Lochem", "Voorst", "Brummen", "Rheden", "Duiven", "Zevenaar", "Westervoort", "Lingewaard", "Overbetuwe",
  "Neder-Betuwe", "Buren", "West Betuwe", "Maasdriel", "Zaltbommel", "West Maas en Waal", "Druten", "Beuningen", "Wijchen", "Heumen",
  "Berg en Dal", "Mook en Middelaar", "Gennep", "Bergen (L.)", "Venray", "Horst aan de Maas", "Peel en Maas", "Beesel", "Leudal", "Maasgouw",
  "Echt-Susteren", "Roerdalen", "Stein", "Beek", "Meerssen", "Valkenburg aan de Geul", "Gulpen-Wittem", "Vaals", "Eijsden-Margraten", "Simpelveld",
  "Voerendaal", "Brunssum", "Landgraaf", "Beekdaelen", "Nederweert", "Someren", "Asten", "Deurne", "Gemert-Bakel", "Laarbeek",
  "Boekel", "Land van Cuijk", "Maashorst", "Meierijstad", "Bernheze", "Sint-Michielsgestel", "Vught", "Boxtel", "Haaren", "Oisterwijk",
  "Hilvarenbeek", "Goirle", "Dongen", "Loon op Zand", "Heusden", "Altena", "Geertruidenberg", "Drimmelen", "Moerdijk", "Halderberge",
  "Etten-Leur", "Zundert", "Rucphen", "Woensdrecht", "Steenbergen", "Tholen", "Reimerswaal", "Kapelle", "Borsele", "Veere",
  "Noord-Beveland", "Schouwen-Duiveland", "Sluis", "Hulst", "Goeree-Overflakkee", "Voorne aan Zee", "Barendrecht", "Albrandswaard", "Krimpen aan den IJssel", "Zwijndrecht",
  "Hendrik-Ido-Ambacht", "Papendrecht", "Sliedrecht", "Alblasserdam", "Molenlanden", "Krimpenerwaard", "Bodegraven-Reeuwijk", "Waddinxveen", "Zuidplas", "Nieuwkoop",
  "Kaag en Braassem", "Teylingen", "Lisse", "Hillegom", "Noordwijk", "Oegstgeest", "Leiderdorp", "Zoeterwoude", "Voorschoten", "Wassenaar",
  "Rijswijk", "Midden-Delfland", "Maassluis", "Heemstede", "Bloemendaal", "Zandvoort", "Heemskerk", "Beverwijk", "Uitgeest", "Castricum",
  "Heiloo", "Bergen (NH.)", "Dijk en Waard", "Schagen", "Hollands Kroon", "Texel", "Medemblik", "Opmeer", "Koggenland", "Drechterland",
  "Enkhuizen", "Stede Broec", "Edam-Volendam", "Waterland", "Landsmeer", "Oostzaan", "Wormerland", "Diemen", "Ouder-Amstel", "Aalsmeer",
  "Uithoorn", "De Ronde Venen", "Stichtse Vecht", "Wijdemeren", "Gooise Meren", "Huizen", "Blaricum", "Laren", "Eemnes", "Baarn",
];
const PREFIXES = ["Ooster", "Wester", "Noorder", "Zuider", "Hoog", "Laag", "Nieuw", "Oud", "Groot", "Klein", "Mid", "Bree"];
const SUFFIXES = ["veen", "broek", "wolde", "dijk", "horst", "hout", "meer", "dam", "berg", "beek"];

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Inverse of the standard normal distribution (Acklam's rational approximation). */
function probit(p: number): number {
  const a = [-39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472, 2.50662827745924];
  const b = [-54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857];
  const c = [-0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373, 4.37466414146497, 2.93816398269878];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -probit(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

export type GemeenteSize = { name: string; slug: string; inhabitants: number };

export function gemeenteSizes(count = 342, totalInhabitants = 17_900_000): GemeenteSize[] {
  const fixed = [...LARGEST, ...SMALLEST];
  const tailCount = count - fixed.length;
  const fixedSum = fixed.reduce((a, [, n]) => a + n, 0);
  // Log-normal quantiles, largest first, capped below the smallest of the listed cities.
  const raw = Array.from({ length: tailCount }, (_, i) => Math.min(45_000, 28_000 * Math.exp(0.6 * probit(1 - (i + 0.5) / tailCount))));
  const scale = (totalInhabitants - fixedSum) / raw.reduce((a, b) => a + b, 0);
  const names = new Set(fixed.map(([n]) => n));
  const tailNames: string[] = [];
  const take = (n: string) => {
    if (names.has(n) || tailNames.length >= tailCount) return;
    tailNames.push(n);
    names.add(n);
  };
  for (const n of TAIL_NAMES) take(n);
  for (let i = 0; tailNames.length < tailCount; i++) take(`${PREFIXES[i % PREFIXES.length]}${SUFFIXES[Math.floor(i / PREFIXES.length) % SUFFIXES.length]}`);
  const tail: [string, number][] = raw.map((n, i) => [tailNames[i]!, Math.max(2_000, Math.round((n * scale) / 10) * 10)]);
  return [...LARGEST, ...tail, ...SMALLEST].map(([name, inhabitants]) => ({ name, slug: slugify(name), inhabitants }));
}
