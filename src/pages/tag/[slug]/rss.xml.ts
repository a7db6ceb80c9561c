import { termFeedRoute } from '../../../data/feed';
import { SITE } from '../../../site.config';

const route = termFeedRoute(
  'tag',
  (name) => `Gli ultimi articoli di ${SITE.name} con il tag ${name}.`,
);

export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
