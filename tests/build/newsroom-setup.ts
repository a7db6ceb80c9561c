/**
 * Builds the newsroom fixture site once for the files that only read it (the `build-newsroom`
 * project). Tests read its output folder with `inject('newsroomDir')`.
 */
import { newsroomSiteFiles } from '../fixtures/sites/newsroom';
import { sharedSiteSetup } from '../helpers/shared-site';

export default sharedSiteSetup('newsroomDir', 'newsroom-', { files: newsroomSiteFiles });
