/**
 * Builds the sample site (`tests/fixtures/sites/sample`, a frozen copy of the newsroom's sample
 * content, so an editor's commit never fails a browser test) once for every test of the e2e
 * project, with the production build script. Tests read its path with `inject('siteDir')`.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/build-site';
import { sharedSiteSetup } from '../helpers/shared-site';

export default sharedSiteSetup('siteDir', 'e2e-', {
  dir: join(PROJECT_ROOT, 'tests/fixtures/sites/sample'),
});
