import { REMOVE_EVENT } from './events';

/**
 * The trolley on a screen, in APL. Self-contained: only core components and its own resources, no
 * alexa-layouts import, so it renders the same on every device and in every APL runtime. The words come
 * from the datasource `trolley`, the rows from the dynamic index list `trolleyList` (see datasource.ts and
 * paging.ts), each bound to the parameter of its name. `version` is left to the sender (see version.ts).
 *
 * Sizes are in dp, picked by `when` on the viewport: a round Echo Spot gets smaller text and wide side
 * margins that keep it inside the circle, a TV larger text to be read from across the room.
 */
export const TROLLEY_DOCUMENT = {
  type: 'APL',
  theme: 'dark',
  description: 'My Trolley: the whole trolley grouped by aisle, each line with a remove control.',
  resources: [
    {
      description: 'Rectangular screens: Echo Show and tablets',
      colors: {
        background: '#14181F',
        text: '#F4F6F8',
        muted: '#AAB4C0',
        accent: '#7FD1A8',
        button: '#2B3340',
        divider: '#2B3340',
      },
      dimensions: {
        sidePadding: '5vw',
        topPadding: '4vh',
        titleSize: '40dp',
        countSize: '24dp',
        aisleSize: '22dp',
        lineSize: '28dp',
        buttonTextSize: '20dp',
        rowPadding: '12dp',
        buttonPadding: '12dp',
      },
      strings: { headerAlign: 'left' },
    },
    {
      description: 'Round screens (Echo Spot): smaller text, centred, clear of the curved edge',
      when: "${viewport.shape == 'round'}",
      dimensions: {
        sidePadding: '15vw',
        topPadding: '12vh',
        titleSize: '26dp',
        countSize: '18dp',
        aisleSize: '16dp',
        lineSize: '20dp',
        buttonTextSize: '16dp',
        rowPadding: '8dp',
        buttonPadding: '8dp',
      },
      strings: { headerAlign: 'center' },
    },
    {
      description: 'TVs: read from the sofa',
      when: "${viewport.mode == 'tv'}",
      dimensions: {
        titleSize: '48dp',
        countSize: '30dp',
        aisleSize: '28dp',
        lineSize: '34dp',
        buttonTextSize: '26dp',
        rowPadding: '14dp',
      },
    },
  ],
  mainTemplate: {
    parameters: ['trolley', 'trolleyList'],
    items: [
      {
        type: 'Frame',
        width: '100vw',
        height: '100vh',
        backgroundColor: '@background',
        item: {
          type: 'Container',
          width: '100%',
          height: '100%',
          paddingLeft: '@sidePadding',
          paddingRight: '@sidePadding',
          paddingTop: '@topPadding',
          items: [
            {
              type: 'Text',
              text: '${trolley.properties.title}',
              fontSize: '@titleSize',
              fontWeight: 'bold',
              color: '@text',
              textAlign: '@headerAlign',
              maxLines: 1,
            },
            {
              type: 'Text',
              when: '${!trolley.properties.empty}',
              text: '${trolley.properties.count}',
              fontSize: '@countSize',
              color: '@muted',
              textAlign: '@headerAlign',
              paddingBottom: '@rowPadding',
            },
            {
              type: 'Text',
              when: '${trolley.properties.empty}',
              text: '${trolley.properties.emptyText}',
              fontSize: '@lineSize',
              color: '@muted',
              textAlign: '@headerAlign',
              paddingTop: '@rowPadding',
            },
            {
              type: 'Sequence',
              when: '${!trolley.properties.empty}',
              grow: 1,
              shrink: 1,
              scrollDirection: 'vertical',
              paddingBottom: '@topPadding',
              data: '${trolleyList}',
              // One template per row, so every row inflates; what it shows depends on the row's kind.
              item: {
                type: 'Container',
                items: [
                  {
                    type: 'Text',
                    when: "${data.kind == 'aisle'}",
                    text: '${data.text}',
                    fontSize: '@aisleSize',
                    fontWeight: 'bold',
                    color: '@accent',
                    paddingTop: '@rowPadding',
                  },
                  {
                    type: 'Text',
                    when: "${data.kind == 'notice'}",
                    text: '${data.text}',
                    fontSize: '@lineSize',
                    color: '@muted',
                    paddingTop: '@rowPadding',
                    paddingBottom: '@rowPadding',
                  },
                  {
                    type: 'Container',
                    when: "${data.kind == 'line'}",
                    direction: 'row',
                    alignItems: 'center',
                    paddingTop: '@rowPadding',
                    paddingBottom: '@rowPadding',
                    items: [
                      {
                        type: 'Text',
                        text: '${data.text}',
                        fontSize: '@lineSize',
                        color: '@text',
                        grow: 1,
                        shrink: 1,
                      },
                      {
                        type: 'TouchWrapper',
                        accessibilityLabel: '${data.label}',
                        role: 'button',
                        onPress: [
                          {
                            type: 'SendEvent',
                            arguments: [REMOVE_EVENT, '${data.key}', '${data.unit}', '${data.name}'],
                          },
                        ],
                        item: {
                          type: 'Frame',
                          backgroundColor: '@button',
                          borderRadius: '8dp',
                          paddingLeft: '@buttonPadding',
                          paddingRight: '@buttonPadding',
                          paddingTop: '@buttonPadding',
                          paddingBottom: '@buttonPadding',
                          item: {
                            type: 'Text',
                            text: '${trolley.properties.removeText}',
                            fontSize: '@buttonTextSize',
                            color: '@text',
                          },
                        },
                      },
                    ],
                  },
                ],
              },
            },
          ],
        },
      },
    ],
  },
} as const;

/** The document as sent, declaring the APL `version` the device was found to run (see version.ts). */
export function trolleyDocument(version: string): typeof TROLLEY_DOCUMENT & { readonly version: string } {
  return { ...TROLLEY_DOCUMENT, version };
}
