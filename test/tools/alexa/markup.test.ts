import { textOfApl, textOfSsml } from '../../../tools/alexa/markup';

describe('markup read back as text', () => {
  it('SSML: tags go, a break is a pause between words, entities are decoded once', () => {
    expect(textOfSsml('<speak>M&amp;S <emphasis>crisps</emphasis><break time="1s"/>and &amp;lt;3</speak>')).toBe(
      'M&S crisps and &lt;3',
    );
    expect(textOfSsml('<speak>granny&apos;s &quot;best&quot; &#x2019; &#8217;</speak>')).toBe('granny\'s "best" ’ ’');
  });

  it('APL: tags go, a line break is a space, entities are decoded once', () => {
    expect(textOfApl('<b>M&amp;S</b><br>crisps &amp;gt; 2')).toBe('M&S crisps &gt; 2');
  });
});
