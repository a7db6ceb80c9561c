import { termFeedRoute } from '../../../data/feed';
import { SITE } from '../../../site.config';

const route = termFeedRoute(
  'category',
  (name) => `Gli ultimi articoli di ${SITE.name} nella categoria ${name}.`,
);

export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
