import { trolleyDatasources, trolleyPage } from '../../../lambda/display/datasource';
import { trolleyDocument } from '../../../lambda/display/document';
import { documentVersionFor } from '../../../lambda/display/version';
import type { TrolleyLine } from '../../../lambda/domain/trolley';
import { textFor } from '../../../lambda/speech/i18n';
import { aplFindings, datasourceFindings, pageFindings } from '../../support/apl';
import { milkLine, tomatoLine } from '../../support/lines';

const write = textFor('en-GB');
const many: TrolleyLine[] = Array.from({ length: 40 }, (_, index) => ({
  key: `said:thing ${index}`,
  name: `thing ${index} & <more>`,
  countable: false,
  aisle: index % 2 ? 'pantry' : 'frozen',
}));

/** Every version the document is ever sent as, from what devices old and new report. */
const versionsSent = [
  ...new Set(['1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '2023.3', '2024.3'].map((max) => documentVersionFor(max)!)),
];

describe('Amazon’s APL validator (apl-suggester)', () => {
  it.each(versionsSent)('finds nothing wrong with the trolley document sent as APL %s', async (version) => {
    expect(await aplFindings(trolleyDocument(version))).toEqual([]);
  });

  it('does find what is wrong in a document, so a clean result means something', async () => {
    const broken = { ...trolleyDocument('1.8'), mainTemplate: { items: [{ type: 'Text', fontSize: 'huge' }] } };
    const paths = new Set((await aplFindings(broken)).map((finding) => finding.path));
    expect([...paths]).toEqual(['/mainTemplate/items/0/fontSize']);
  });

  it('finds nothing wrong with the datasources of an empty, a small and a long trolley', async () => {
    for (const lines of [[], [milkLine, tomatoLine(2)], many])
      expect(await datasourceFindings(trolleyDatasources(lines, write))).toEqual([]);
    expect(
      await datasourceFindings({ trolley: 'words', trolleyList: { type: 'dynamicIndexList', items: [] } }),
    ).toEqual([
      'Data.trolley: trolley in DataSources should be an object',
      'trolleyList: no listId',
      'trolleyList: indexes are not integers',
    ]);
  });

  it('finds nothing wrong with a loaded page, nor with the notice a changed trolley gets', async () => {
    const { trolleyList } = trolleyDatasources(many, write);
    const asked = { correlationToken: 'c', listId: trolleyList.listId, startIndex: trolleyList.items.length };
    expect(await pageFindings(trolleyPage(many, write, asked), { ...asked, listVersion: 1 }, trolleyList)).toEqual([]);
    const changed = trolleyPage(many.slice(1), write, asked);
    expect(changed.items).toHaveLength(1);
    expect(await pageFindings(changed, { ...asked, listVersion: 1 }, trolleyList)).toEqual([]);
  });
});
