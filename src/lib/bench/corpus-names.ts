/**
 * The names a synthetic newsroom publishes under: 8 categories, 60 tags, 20 authors, and the
 * readers who comment. Fixed lists, so taxonomy pages have the sizes of a real archive.
 */

/** Category display names. */
export const CATEGORIES = [
  'Smartphone',
  'Informatica',
  'Scienza',
  'Mercato',
  'Auto',
  'Internet',
  'Videogiochi',
  'Sicurezza',
] as const;

/** Tag display names. */
export const TAGS = [
  '5G', 'Android', 'iOS', 'Linux', 'Windows', 'macOS', 'Open source', 'Privacy', 'Sicurezza informatica',
  'Intelligenza artificiale', 'Chip', 'Semiconduttori', 'Batterie', 'Ricarica rapida', 'Auto elettriche',
  'Guida autonoma', 'Spazio', 'ESA', 'NASA', 'Clima', 'Energia', 'Fotovoltaico', 'Streaming', 'Musica',
  'Serie TV', 'Console', 'PC gaming', 'Realtà virtuale', 'Indossabili', 'Smartwatch', 'Tablet',
  'Notebook', 'Fotocamere', 'Droni', 'Domotica', 'Elettrodomestici', 'Reti mobili', 'Fibra ottica',
  'Satelliti', 'Cloud', 'Data center', 'Startup', 'Borsa', 'Antitrust', 'Unione europea', 'Stati Uniti',
  'Cina', 'Xiaomi', 'Samsung', 'Apple', 'Google', 'Microsoft', 'Amazon', 'Meta', 'Nvidia', 'Intel',
  'Qualcomm', 'Huawei', 'Tesla', 'Truffe online',
] as const;

/** Author display names. */
export const AUTHORS = [
  'Giulia Ferri', 'Marco Bellini', 'Sara Colombo', 'Luca Moretti', 'Chiara Ricci', 'Davide Galli',
  'Francesca Conti', 'Alessandro Greco', 'Elena Marino', 'Matteo Fontana', 'Valentina Rinaldi',
  'Simone Caruso', 'Martina Lombardi', 'Andrea Barbieri', 'Federica Gentile', 'Stefano Mancini',
  'Irene De Luca', 'Paolo Santoro', 'Laura Vitale', 'Redazione',
] as const;

/** First names readers sign comments with. */
export const COMMENTERS = [
  'Elena', 'Stefano', 'Luca', 'Marta', 'Giorgio', 'Anna', 'Franco', 'Silvia', 'Roberto', 'Paola',
  'Nicola', 'Alessia', 'Fabio', 'Giada', 'Enrico', 'Camilla', 'Pietro', 'Serena', 'Tommaso', 'Ilaria',
  'utente42', 'tecnofilo', 'Max_77', 'lettore_fedele', 'geek_torino', 'nonno_digitale',
] as const;

/** Hosts of external sources articles link to. */
export const SOURCE_HOSTS = [
  'www.example.com',
  'news.example.org',
  'ricerca.example.it',
  'blog.example.net',
  'ec.europa.example.eu',
] as const;
