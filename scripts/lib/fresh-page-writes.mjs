// @ts-check
/**
 * Preloaded into the `astro build` process by `scripts/build.ts` (`node --import`). The staging
 * folder starts as hard links to the live `dist/` (`output-clone.ts`): writing a changed page
 * through such a link would change the live site, and a failed build would leave it changed.
 * Every file write into the staging folder therefore first unlinks a destination that has other
 * links, so the new bytes always land in a new file.
 */
import fs from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncBuiltinESMExports } from 'node:module';

const stagingDir = process.env.ROTATIVA_OUT_DIR && resolve(process.env.ROTATIVA_OUT_DIR) + sep;

/** @param {unknown} target */
function unlinkShared(target) {
  if (!stagingDir) return;
  let path;
  if (typeof target === 'string') path = resolve(target);
  else if (target instanceof URL && target.protocol === 'file:') path = fileURLToPath(target);
  else return;
  if (!path.startsWith(stagingDir)) return;
  const stats = fs.lstatSync(path, { throwIfNoEntry: false });
  if (stats && stats.nlink > 1) fs.unlinkSync(path);
}

/**
 * @template {(...args: any[]) => any} F
 * @param {F} write
 * @param {number} destination index of the argument naming the file written
 * @returns {F}
 */
const guarded = (write, destination) =>
  /** @type {F} */ (
    (/** @type {any[]} */ ...args) => {
      unlinkShared(args[destination]);
      return write(...args);
    }
  );

fs.writeFileSync = guarded(fs.writeFileSync, 0);
fs.writeFile = guarded(fs.writeFile, 0);
fs.copyFileSync = guarded(fs.copyFileSync, 1);
fs.copyFile = guarded(fs.copyFile, 1);
fs.createWriteStream = guarded(fs.createWriteStream, 0);
fs.promises.writeFile = guarded(fs.promises.writeFile, 0);
fs.promises.copyFile = guarded(fs.promises.copyFile, 1);
// `import { writeFile } from 'node:fs/promises'` sees the guarded functions too.
syncBuiltinESMExports();
