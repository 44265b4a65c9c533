import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);

/** Parse a lesson file into an mdast tree with positions (front matter, GFM, directives). */
export function parseMarkdownTree(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
}
