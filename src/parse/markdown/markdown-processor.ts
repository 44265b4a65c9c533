import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The one configured Markdown processor of the build: CommonMark, YAML front matter, GFM and
 * directives. Its extension tables are built once; every parse of a lesson, transcript or
 * scenario text, and the fast path's check of a directive line, goes through it.
 */
export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);
