import { directiveFromMarkdown } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The one configured Markdown processor of the build: CommonMark, YAML front matter, GFM and
 * directives, with where each directive's attributes stand (`directiveAttributePlaces`). Its
 * extension tables are built once; every parse of a lesson, transcript or scenario text, and the
 * fast path's check of a directive line, goes through it.
 */
export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).use(directiveAttributePlaces);

/**
 * remark-directive's tree builder in its verbose mode, which keeps on each directive where its
 * opening and each of its attributes stand (`data.position`), so a message about an attribute
 * points at it. remark-directive takes no options: its handlers are replaced by the same ones with
 * `verbose` set (the later extension's handlers win).
 */
function directiveAttributePlaces(this: Processor): void {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown({ verbose: true }));
}
