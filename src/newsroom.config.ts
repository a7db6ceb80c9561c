/**
 * The newsroom's desks and writers, declared once: `npm run check` and the build compare every
 * article's `category` and `author` with these lists (a near miss such as `Smarphone` is an
 * error, a new name a warning), and the author pages show the profiles.
 */

/** A category (desk), by the name articles write in `category:`. */
export interface CategoryProfile {
  name: string;
  /** One sentence, shown on the category page and in its feed. */
  description: string;
}

/** A writer, by the name articles write in `author:`. */
export interface AuthorProfile {
  name: string;
  /** What they do at the newsroom: `Caporedattrice`, `Collaboratore`… */
  role: string;
  /** Portrait, a path under `public/` (`/autori/giulia-ferri.jpg`); none shows initials. */
  photo?: string;
  /** A few sentences, shown on the author page. */
  bio: string;
}

export const CATEGORIES: readonly CategoryProfile[] = [
  { name: 'Smartphone', description: 'Telefoni, tablet e indossabili: prove, lanci e prezzi.' },
  { name: 'Informatica', description: 'Computer, software, sistemi operativi e sicurezza.' },
  { name: 'Scienza', description: 'Ricerca, spazio, energia e salute, spiegate con i numeri.' },
  { name: 'Mercato', description: 'Aziende, conti, acquisizioni e regole del settore.' },
  { name: 'Auto', description: 'Auto elettriche, guida assistita e infrastrutture di ricarica.' },
];

export const AUTHORS: readonly AuthorProfile[] = [
  {
    name: 'Redazione',
    role: 'Redazione',
    bio: 'Gli articoli firmati dalla redazione di Rotativa nel suo insieme.',
  },
  {
    name: 'Giulia Ferri',
    role: 'Caporedattrice',
    bio: 'Segue smartphone e mercato dal 2012; coordina le prove di prodotto.',
  },
  {
    name: 'Marco Bellini',
    role: 'Redattore',
    bio: 'Scrive di informatica, software libero e sicurezza.',
  },
  {
    name: 'Sara Esposito',
    role: 'Redattrice',
    bio: 'Si occupa di scienza ed energia, con un debole per lo spazio.',
  },
];
