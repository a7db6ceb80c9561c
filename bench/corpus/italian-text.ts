/**
 * Italian-like prose for the benchmark corpus. Common Italian words, ordered roughly by
 * frequency, are mixed with newsroom terms and with words built from Italian syllables, so the
 * vocabulary stays open as the corpus grows, as a real archive's does (which is what makes a
 * search index grow).
 */
import { createRandom, seedFor, type Random } from './random';

/** Frequent Italian function and content words, most frequent first. */
const COMMON_WORDS = `di e il che la a per un in è non una con i si del le da al lo come ma più
anche se sono della ha nel alla gli ci questo tutto delle dei degli nella ancora già solo molto
essere fare dopo quando poi dove sempre prima così perché oggi ogni due tre anni anno tempo
parte modo casa mondo paese governo mercato azienda aziende prezzo prezzi utenti sistema rete
dati versione modello prodotto servizio servizi caso punto lavoro progetto problema risultato
nuovo nuova nuovi grande grandi primo prima ultimo ultima stesso stessa altro altra altri altre
possibile importante diverso diversa vero vera italiano italiana europeo europea mondiale
pubblico privato digitale tecnico tecnica sociale economico alto bassa lungo breve veloce lento
dire detto fatto può possono deve devono vuole sembra arriva arrivano resta restano diventa
permette consente offre costa costano serve servono usa usare cambia cambiare funziona
spiega spiegano racconta annuncia annunciato presentato lanciato previsto atteso disponibile
settimana mese mesi giorno giorni ore minuti volta volte numero numeri milioni miliardi euro
dollari percento metà circa almeno oltre verso contro senza sotto sopra dentro fuori insieme
secondo infatti invece inoltre quindi però mentre anzi tuttavia finora ormai soprattutto
proprio davvero forse magari ecco cioè ovvero nemmeno neanche appena subito spesso raramente
chi cosa quale quali quanto quanti questa questi queste quello quella quelli quelle loro suo
sua suoi sue nostro nostra vostro tutti tutte nessuno qualche alcuni alcune molti molte pochi
poche tanto troppo meno meglio peggio bene male fino tra fra su sui sulla sulle nei nelle agli
alle dal dalla dai dalle col ad ed od né sia già mai ora adesso ieri domani presto tardi`
  .split(/\s+/)
  .filter((word) => word !== '');

/** Terms of a technology newsroom, capitalised where Italian writes them so. */
const NEWSROOM_TERMS = `smartphone tablet computer portatile processore chip batteria schermo
fotocamera sensore memoria archiviazione connessione rete 5G Wi-Fi Bluetooth software hardware
aggiornamento sicurezza privacy algoritmo intelligenza artificiale modello linguistico cloud
server data center piattaforma applicazione app sistema operativo Android iOS Linux Windows
macOS browser motore ricerca social network abbonamento streaming videogioco console auto
elettrica ricarica autonomia pannello solare energia rinnovabile satellite razzo missione
laboratorio ricerca ricercatori università startup investimento investitori borsa azioni
fatturato trimestre vendite spedizioni consumatori regolamento Commissione antitrust garante
Xiaomi Samsung Apple Google Microsoft Amazon Meta OpenAI Nvidia Intel AMD Qualcomm Huawei Sony
Nintendo Tesla Stellantis ESA NASA Ferrari Vodafone TIM Iliad Fastweb`
  .split(/\s+/)
  .filter((word) => word !== '');

/** Italian syllables, commonest first; words built from them read as Italian without being it. */
const SYLLABLES = `ca co ta to ri re no na ne mi ma me la le li lo si se sa so ti te pa po pe pi
di de da do va ve vi vo ra ro ru tu lu mu nu ba be bi bo fa fe fi fo ga ge gi go gu che chi ghe
ghi gli gna gno sce sci sta ste sti sto stra tra tre pro pre pri con com in an en un al el il ol
ar er ir or zio zia zie ssi sso ssa tto tta ppa ppo nte nto nda ndo mpa mpo`
  .split(/\s+/)
  .filter((syllable) => syllable !== '');

/** Word endings that make syllable-built words look like Italian nouns, verbs and adjectives. */
const ENDINGS = [
  '',
  '',
  '',
  're',
  'zione',
  'mento',
  'ità',
  'ista',
  'ante',
  'ente',
  'oso',
  'ale',
  'ino',
  'etto',
];

/**
 * Ranks of invented words run up to this: with ranks drawn log-uniformly (Zipf's law, exponent
 * 1), new words keep appearing as the corpus grows, at about the rate of real news text.
 */
const INVENTED_VOCABULARY = 2_000_000;

/** The invented word of a given rank: the same rank always spells the same word. */
export function inventedWordOfRank(rank: number): string {
  const spelling = createRandom(seedFor('word', rank));
  const syllables = spelling.int(2, 3) + (spelling.chance(0.2) ? 1 : 0);
  let text = '';
  for (let i = 0; i < syllables; i++) text += spelling.pickSkewed(SYLLABLES);
  return text + spelling.pick(ENDINGS);
}

/** An invented word, frequent ones (low ranks) far more often than rare ones. */
export function inventedWord(random: Random): string {
  return inventedWordOfRank(Math.floor(Math.exp(random.next() * Math.log(INVENTED_VOCABULARY))));
}

/** One word of running text: mostly common words, then newsroom terms, then invented ones. */
export function word(random: Random): string {
  const roll = random.next();
  if (roll < 0.7) return random.pickSkewed(COMMON_WORDS);
  if (roll < 0.88) return random.pick(NEWSROOM_TERMS);
  return inventedWord(random);
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `count` words joined by spaces. */
export function words(random: Random, count: number): string {
  return Array.from({ length: count }, () => word(random)).join(' ');
}

/** A sentence of 6-24 words with the occasional comma, capitalised and closed by a full stop. */
export function sentence(random: Random): { text: string; wordCount: number } {
  const count = random.int(6, 24);
  const parts = Array.from({ length: count }, (_, i) =>
    i > 2 && i < count - 2 && random.chance(0.08) ? `${word(random)},` : word(random),
  );
  return { text: `${capitalise(parts.join(' '))}.`, wordCount: count };
}

/** A headline of 5-12 words, no final stop, with a newsroom term in it. */
export function headline(random: Random): string {
  const count = random.int(5, 12);
  const at = random.int(0, count - 1);
  const parts = Array.from({ length: count }, (_, i) =>
    i === at ? random.pick(NEWSROOM_TERMS) : word(random),
  );
  return capitalise(parts.join(' '));
}

/** A short phrase for link texts, list items and section headings. */
export function phrase(random: Random, min = 2, max = 6): string {
  return capitalise(words(random, random.int(min, max)));
}
