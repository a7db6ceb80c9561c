/**
 * Videos from an allow-list of hosts, embedded by an author as an `<iframe>`, reach readers as a
 * plain link to the video, titled: no third-party frame loads (and tracks) until the reader
 * chooses to go there, and article pages stay without JavaScript. Remote images become a link
 * to the image for the same reason. Frames from any other host are left to the sanitizer, which
 * removes them.
 */
import type { Element, Parents, Root, RootContent } from 'hast';
import { walkTree } from '../trees/walk-tree';

/** A host whose players may be linked, and how a player address becomes the video's page. */
interface EmbedHost {
  name: string;
  hosts: readonly string[];
  /** The video's public page for a player path, or undefined when the path is not a video. */
  page: (path: string) => string | undefined;
}

const YOUTUBE_ID = /^\/embed\/([\w-]{6,})\/?$/;
const VIMEO_ID = /^\/video\/(\d+)\/?$/;
const DAILYMOTION_ID = /^\/embed\/video\/([a-z0-9]+)\/?$/i;

/** The allow-list. */
export const EMBED_HOSTS: readonly EmbedHost[] = [
  {
    name: 'YouTube',
    hosts: ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
    page: (path) => {
      const id = YOUTUBE_ID.exec(path)?.[1];
      return id === undefined ? undefined : `https://www.youtube.com/watch?v=${id}`;
    },
  },
  {
    name: 'Vimeo',
    hosts: ['player.vimeo.com'],
    page: (path) => {
      const id = VIMEO_ID.exec(path)?.[1];
      return id === undefined ? undefined : `https://vimeo.com/${id}`;
    },
  },
  {
    name: 'Dailymotion',
    hosts: ['www.dailymotion.com', 'dailymotion.com', 'geo.dailymotion.com'],
    page: (path) => {
      const id = DAILYMOTION_ID.exec(path)?.[1];
      return id === undefined ? undefined : `https://www.dailymotion.com/video/${id}`;
    },
  },
];

/** The video page and host name of an embed address, when its host is on the allow-list. */
export function embedTarget(src: string): { href: string; host: string } | undefined {
  if (!URL.canParse(src, 'https://invalid.invalid')) return undefined;
  const url = new URL(src, 'https://invalid.invalid');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = EMBED_HOSTS.find((entry) => entry.hosts.includes(url.hostname));
  const href = host?.page(url.pathname);
  return host === undefined || href === undefined ? undefined : { href, host: host.name };
}

/** A link standing for `node`, where it stood. */
function linkFor(node: Element, href: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href },
    children: [{ type: 'text', value: text }],
    ...(node.position === undefined ? {} : { position: node.position }),
  };
}

const textOf = (node: Element, property: string): string => {
  const value = node.properties[property];
  return typeof value === 'string' ? value.trim() : '';
};

/** What stands for an allowed embed or a remote image; undefined for anything else. */
function placeholder(node: Element): Element | undefined {
  const src = textOf(node, 'src');
  if (node.tagName === 'iframe') {
    const target = embedTarget(src);
    if (target === undefined) return undefined;
    const title = textOf(node, 'title');
    return linkFor(
      node,
      target.href,
      `Guarda il video su ${target.host}${title === '' ? '' : `: ${title}`}`,
    );
  }
  if (node.tagName === 'img' && /^https?:\/\//i.test(src)) {
    const alt = textOf(node, 'alt');
    return linkFor(node, src, `Immagine esterna${alt === '' ? '' : `: ${alt}`}`);
  }
  return undefined;
}

/**
 * Rehype plugin: each `<iframe>` whose `src` is an allowed player, and each `http(s)` image,
 * becomes a placeholder link. Runs on parsed HTML (after `rehype-raw`), before the sanitizer.
 */
export function rehypeNewsroomEmbeds() {
  return (tree: Root): void => {
    walkTree<RootContent, Parents>(tree, (node, index, parent) => {
      if (node.type !== 'element') return;
      const link = placeholder(node);
      if (link !== undefined) parent.children[index] = link;
    });
  };
}
