import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { readPageData } from '../../src/inspect/read-coursewright-data.js';

/** The launch page of a small course's web package, as built. */
async function builtPage(): Promise<string> {
  const files = {
    'course.yml': 'id: ward\ntitle: Ward\nlessons: [lessons/one.md]\n',
    'lessons/one.md': '---\ntitle: One\n---\nHello.\n\n:::check{#q-one}\nRight?\n\n- [x] Yes\n- [ ] No\n:::\n',
  };
  const result = await compileCourse({ files, targets: ['web'] });
  const page = result.artifacts[0]?.folder?.files?.get('index.html');
  if (!page) throw new Error('the web package has no launch page');
  return Buffer.from(page).toString('utf8');
}

describe('readPageData', () => {
  it('reads the course data of a built page', async () => {
    expect(readPageData(await builtPage())?.blocks.map((block) => block.id)).toEqual(['q-one']);
  });

  it('finds the data script as a browser does, not a lookalike in a comment or in another script\u2019s text', async () => {
    const page = await builtPage();
    const lookalikes = '<!-- <script id="cw-data">{"old": true}</script> --><script>const s = \'<script id="cw-data">{}\';</script>';
    const edited = page.replace('<body class="cw-page">', `<body class="cw-page">${lookalikes}`);
    expect(edited).not.toBe(page);
    expect(readPageData(edited)?.blocks.map((block) => block.id)).toEqual(['q-one']);
  });

  it('reads the data script whatever its attributes\u2019 quoting and order, as an LMS or editor may have rewritten the page', async () => {
    const page = await builtPage();
    const edited = page.replace('<script type="application/json" id="cw-data">', '<script id=cw-data type=\'application/json\'>');
    expect(edited).not.toBe(page);
    expect(readPageData(edited)?.blocks.map((block) => block.id)).toEqual(['q-one']);
  });

  it('is undefined for a page without it, or with damaged data', async () => {
    expect(readPageData('<!DOCTYPE html><title>Other tool</title><p>Hi</p>')).toBeUndefined();
    expect(readPageData('<script id="cw-data">{"course": </script>')).toBeUndefined();
  });
});
