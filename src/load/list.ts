// Which files of the input folder are documents. Every `.md` entry (dotfiles too) is listed, so
// none disappears without a word: regular files to read, and symbolic links with the reason they
// are not read. Links are not followed unless `followLinks` is set, and then only links to files
// whose real target stays inside the folder, so a document can never publish /etc/passwd or read
// /dev/zero.
// tinyglobby cannot do this: without following links it leaves links and FIFOs out unreported.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { legacyMarker, manifestName } from '../output/manifest.ts';
import { UserError } from '../user-error.ts';

export type Listed =
  /** A file to read: `file` is what to open (a followed link's real target). */
  | { name: string; file: string }
  /** An entry that is not read, and why. */
  | { name: string; refused: { code: string; message: string } };

export interface ListOptions {
  /** Follow symbolic links whose real target is inside the folder. */
  followLinks?: boolean;
}

const isDocument = (name: string): boolean => name.endsWith('.md');

/** Is `child` the folder `parent` or inside it? Both are real, absolute paths. */
export function isWithin(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The input folder's real path; a missing, unreadable or not-a-folder input is a UserError. */
export function inputFolder(dir: string): string {
  const where = path.isAbsolute(dir) ? '' : ` (read from ${process.cwd()})`;
  let real: string;
  try {
    real = realpathSync(dir);
    if (!statSync(real).isDirectory())
      throw new UserError(
        `the input "${dir}" is a file, not a folder. Give the folder that holds the documents.`,
      );
    readdirSync(real);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UserError(
        `the input folder "${dir}" does not exist${where}. Check the path given to the command.`,
      );
    throw new UserError(
      `the input folder "${dir}" cannot be read (${code ?? String(error)}). Check its permissions.`,
    );
  }
  return real;
}

const linkAdvice = {
  file: 'This file is a symbolic link; links are not followed. Copy the file it points to into the folder, or run with --follow-links if it points inside the folder.',
  folder:
    'This is a symbolic link to a folder; links are not followed, so its documents are not read. Move them into the input folder.',
};

/** Every document below `dir`, in code-point order of their relative paths. */
export function listDocuments(dir: string, options: ListOptions = {}): Listed[] {
  const root = inputFolder(dir);
  const listed: Listed[] = [];

  const visit = (folder: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      const message = `The folder cannot be read (${code}), so its documents are not either. Check its permissions.`;
      listed.push({ name: prefix, refused: { code: 'file-unreadable', message } });
      return;
    }
    if (entries.some((e) => e.name === manifestName || e.name === legacyMarker)) {
      // A site built earlier: its copied sources must not come back as documents.
      const message =
        'This folder is a site that plan-archive built, so its files are not read as documents. Move it out of the input folder.';
      listed.push({ name: prefix, refused: { code: 'built-site-skipped', message } });
      return;
    }
    for (const entry of entries) {
      const name = prefix + entry.name;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(full, `${name}/`);
      } else if (entry.isSymbolicLink()) {
        link(full, name);
      } else if (isDocument(entry.name)) {
        // FIFOs and devices are listed too: reading checks the opened file, not the name.
        listed.push({ name, file: full });
      }
    }
  };

  const refuse = (name: string, message: string): void => {
    listed.push({ name, refused: { code: 'file-link', message } });
  };

  const link = (full: string, name: string): void => {
    let target: string | null = null;
    let isFolder = false;
    try {
      target = realpathSync(full);
      isFolder = statSync(target).isDirectory();
    } catch {
      // A link to nowhere, or into a folder we may not read.
    }
    if (!isFolder && !isDocument(name)) return;
    if (target === null)
      return refuse(name, 'This file is a symbolic link that leads nowhere. Remove it or fix it.');
    if (!options.followLinks) return refuse(name, linkAdvice[isFolder ? 'folder' : 'file']);
    if (!isWithin(target, root))
      return refuse(
        name,
        'This symbolic link leads outside the input folder; such links are never followed. Copy what it points to into the folder.',
      );
    // Every folder inside the input is read where it is, so following a link to one would only
    // read its documents twice (or forever, for a link to a parent).
    if (isFolder)
      return refuse(
        name,
        'This is a symbolic link to a folder inside the input folder, whose documents are read where they are. Remove the link.',
      );
    listed.push({ name, file: target });
  };

  visit(root, '');
  return listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
