import { termFeedRoute } from '../../../data/feed';
import { SITE } from '../../../site.config';

const route = termFeedRoute(
  'author',
  (name) => `Gli ultimi articoli scritti per ${SITE.name} da ${name}.`,
);

export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
