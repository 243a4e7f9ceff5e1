/**
 * The simulator core, in the manner of `ask dialog`: one call per thing the user says. It understands the
 * words, keeps the session as Alexa does (id, new flag, attributes carried, confirmation pending), sends the
 * skill the envelope and reads the response back as what a person would hear and see.
 */
import { randomUUID } from 'node:crypto';
import type { Directive, Intent, RequestEnvelope, ResponseEnvelope, dialog, interfaces } from 'ask-sdk-model';
import type { CompiledModel } from '../alexa/compiledModel';
import { answerConfirmation, confirmationPrompt, type PendingConfirmation } from '../alexa/intentConfirmation';
import { answerElicitation, readElicitation, slotKey, type PendingElicitation } from '../alexa/slotElicitation';
import {
  buildEnvelope,
  intentOf,
  newSessionId,
  slotsFor,
  type Caller,
  type SessionInfo,
  type RequestBody,
} from '../alexa/requestEnvelope';
import { delegationOf, dialogIntentOf } from '../alexa/interactionModel';
import {
  describeScreen,
  findTouchable,
  listToScroll,
  readScreen,
  withRowsLoaded,
  type Screen,
} from '../alexa/aplScreen';
import { hear } from '../alexa/outputSpeech';
import { understand, type Understanding } from '../alexa/understand';

/** The simulator's own command for touching the screen; also understood as a line of a replay script. */
export const TOUCH_COMMAND = '.touch';
/** Scrolls the screen's list to its end, so the device asks for the rows it has not been sent yet. */
export const SCROLL_COMMAND = '.scroll';
/** How many rows the simulated device asks for at a time (the APL runtime's usual cache chunk). */
const SCROLL_COUNT = 10;

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;
type SendIndexListData = interfaces.alexa.presentation.apl.SendIndexListDataDirective;
const newCorrelationToken = () => `amzn1.echo-api.correlation.${randomUUID()}`;

export type Invoke = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface Card {
  readonly title: string;
  readonly text: string;
}

/** What was taken from what the user typed: words understood as Alexa would, or a `.touch` or `.scroll`. */
export type UserInput =
  Understanding | { readonly kind: 'touch'; readonly words: string } | { readonly kind: 'scroll' };

export interface Turn {
  readonly user: string;
  readonly understood: UserInput;
  /** What was sent to the skill; undefined when nothing was (not for the skill, or Alexa answered itself). */
  readonly request?: RequestEnvelope;
  readonly response?: ResponseEnvelope;
  readonly speech?: string;
  readonly reprompt?: string;
  readonly card?: Card;
  readonly apl: boolean;
  /** What the rendered APL document shows, on one line (see aplScreen.ts); only with a screen. */
  readonly screen?: string;
  readonly shouldEndSession?: boolean;
  /** The session closed after this turn. */
  readonly sessionEnded: boolean;
  /** Things Alexa would refuse or that went wrong: a thrown error, invalid SSML, APL on a device without. */
  readonly errors: readonly string[];
  /** Things worth knowing that are not errors ("not for this skill", a directive not simulated). */
  readonly notes: readonly string[];
}

interface OpenSession {
  readonly sessionId: string;
  requestsSent: number;
  attributes: Record<string, unknown>;
  pending?: PendingConfirmation;
  /** The slot the skill asked for with Dialog.ElicitSlot, for the next thing said only. */
  eliciting?: PendingElicitation;
}

export interface SimulatorOptions {
  readonly invoke: Invoke;
  readonly model: CompiledModel;
  readonly caller: Caller;
}

export class Simulator {
  private session: OpenSession | undefined;
  /** The document last drawn in this session, for `.touch` and `.scroll`, with the rows loaded since. */
  private screen: Screen | undefined;
  private rendered: RenderDocument | undefined;
  /** The list version each list on screen is at: how many loads it has taken. */
  private readonly listVersions = new Map<string, number>();
  /** Everything typed that was not a command, for `.record`; `.new` kept as a marker. */
  readonly inputs: string[] = [];

  constructor(private readonly options: SimulatorOptions) {}

  get inSession(): boolean {
    return this.session !== undefined;
  }

  get caller(): Caller {
    return this.options.caller;
  }

  async say(utterance: string): Promise<Turn> {
    this.inputs.push(utterance);
    const { model } = this.options;
    const eliciting = this.session?.eliciting;
    const listening = eliciting ? model.slotSamples.get(slotKey(eliciting.intent.name, eliciting.slot)) : undefined;
    const understood = understand(model, utterance, this.inSession, listening);
    const pending = this.session?.pending;
    if (this.session) {
      delete this.session.pending;
      delete this.session.eliciting;
    }

    if (pending && understood.kind === 'intent') {
      if (understood.intent === 'AMAZON.YesIntent' || understood.intent === 'AMAZON.NoIntent') {
        const answer = answerConfirmation(pending, understood.intent);
        return this.send(utterance, understood, { type: 'IntentRequest', ...answer });
      }
    }
    switch (understood.kind) {
      case 'notForSkill':
        return this.quiet(utterance, understood, [
          `not for this skill: start with "open ${model.model.interactionModel.languageModel.invocationName}" or "ask ${model.model.interactionModel.languageModel.invocationName} to …"`,
        ]);
      case 'notUnderstood':
        return this.quiet(utterance, understood, ['no sample fits and the model has no AMAZON.FallbackIntent']);
      case 'launch':
        this.session = undefined;
        return this.send(utterance, understood, { type: 'LaunchRequest' });
      case 'intent':
        return this.intentTurn(utterance, understood, eliciting);
    }
  }

  /**
   * `.touch WORDS`: touches the control on the line of the last rendered screen that says WORDS, sending
   * the UserEvent the device would, within the open session.
   */
  async touch(words: string): Promise<Turn> {
    const utterance = `${TOUCH_COMMAND} ${words.trim()}`;
    this.inputs.push(utterance);
    const understood: UserInput = { kind: 'touch', words: words.trim() };
    if (this.session) {
      delete this.session.pending;
      delete this.session.eliciting;
    }
    if (!this.session || !this.screen) {
      return {
        ...this.quiet(utterance, understood, []),
        errors: ['nothing on screen to touch: no document in this session'],
      };
    }
    const finding = findTouchable(this.screen, words);
    if (!finding.found) return { ...this.quiet(utterance, understood, []), errors: [finding.reason] };
    return this.send(utterance, understood, {
      type: 'Alexa.Presentation.APL.UserEvent',
      token: this.screen.token,
      arguments: finding.touchable.arguments,
      source: { type: 'TouchWrapper', handler: 'Press', id: '', value: false },
    });
  }

  /**
   * `.scroll`: scrolls the screen's list past the rows it holds, sending the LoadIndexListData the device
   * would for the next ones; the rows the skill sends back are added to the screen.
   */
  async scroll(): Promise<Turn> {
    this.inputs.push(SCROLL_COMMAND);
    const understood: UserInput = { kind: 'scroll' };
    const list = this.screen && listToScroll(this.screen);
    if (!this.session || !this.screen || !list) {
      const why = this.screen ? 'every row of the list is on screen already' : 'no document in this session';
      return { ...this.quiet(SCROLL_COMMAND, understood, []), errors: [`nothing to scroll to: ${why}`] };
    }
    return this.send(SCROLL_COMMAND, understood, {
      type: 'Alexa.Presentation.APL.LoadIndexListData',
      token: this.screen.token,
      correlationToken: newCorrelationToken(),
      listId: list.listId,
      startIndex: list.loaded,
      count: SCROLL_COUNT,
    });
  }

  /** Ends an open session the way Alexa does when the user leaves: a SessionEndedRequest, answer ignored. */
  async endSession(
    reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' = 'USER_INITIATED',
  ): Promise<{ errors: string[] } | undefined> {
    if (!this.session) return undefined;
    const envelope = this.envelope({ type: 'SessionEndedRequest', reason });
    this.session = undefined;
    try {
      await this.options.invoke(envelope);
      return { errors: [] };
    } catch (error) {
      return { errors: [`the skill threw on SessionEndedRequest: ${(error as Error).message}`] };
    }
  }

  /** `.new`: the next thing said starts a fresh session. */
  async newSession(): Promise<{ errors: string[] } | undefined> {
    this.inputs.push('.new');
    return this.endSession();
  }

  private async intentTurn(
    utterance: string,
    understood: Extract<Understanding, { kind: 'intent' }>,
    eliciting: PendingElicitation | undefined,
  ): Promise<Turn> {
    const { model, caller } = this.options;
    const declared = model.intents.get(understood.intent);
    const intent = intentOf(understood.intent, slotsFor(declared, understood.slots, caller.skillId));
    if (eliciting?.intent.name === understood.intent) {
      // The answer to the skill's question: the dialog goes on, with the slots the skill kept.
      return this.send(utterance, understood, {
        type: 'IntentRequest',
        intent: answerElicitation(eliciting, intent),
        dialogState: 'IN_PROGRESS',
      });
    }
    const dialogIntent = dialogIntentOf(model.model, understood.intent);
    if (dialogIntent?.confirmationRequired && delegationOf(model.model, understood.intent) === 'ALWAYS') {
      return this.alexaAsksConfirmation(utterance, understood, intent);
    }
    // Alexa sets dialogState only for intents that have a dialog model.
    return this.send(utterance, understood, {
      type: 'IntentRequest',
      intent,
      ...(dialogIntent ? { dialogState: 'STARTED' as const } : {}),
    });
  }

  /** Auto-delegation: Alexa asks the model's confirmation prompt and waits; the skill hears nothing yet. */
  private alexaAsksConfirmation(utterance: string, understood: Understanding, intent: Intent): Turn {
    const session = this.openSession();
    session.pending = { intent, askedBy: 'alexa' };
    const prompt = confirmationPrompt(this.options.model.model, intent.name);
    return {
      user: utterance,
      understood,
      apl: false,
      sessionEnded: false,
      ...(prompt ? { speech: prompt, reprompt: prompt } : {}),
      errors: prompt ? [] : [`${intent.name} needs confirmation but the model has no confirmation prompt`],
      notes: ['Alexa asked this itself (auto-delegation); the skill was not called'],
    };
  }

  private quiet(utterance: string, understood: UserInput, notes: string[]): Turn {
    return { user: utterance, understood, apl: false, sessionEnded: false, errors: [], notes };
  }

  private openSession(): OpenSession {
    this.session ??= { sessionId: newSessionId(), requestsSent: 0, attributes: {} };
    return this.session;
  }

  private envelope(request: RequestBody): RequestEnvelope {
    const session = this.openSession();
    const info: SessionInfo = {
      sessionId: session.sessionId,
      isNew: session.requestsSent === 0,
      attributes: session.attributes,
    };
    session.requestsSent += 1;
    return buildEnvelope(this.options.caller, info, request);
  }

  private async send(utterance: string, understood: UserInput, request: RequestBody): Promise<Turn> {
    const envelope = this.envelope(request);
    let response: ResponseEnvelope;
    try {
      response = await this.options.invoke(envelope);
    } catch (error) {
      this.session = undefined;
      return {
        user: utterance,
        understood,
        request: envelope,
        apl: false,
        sessionEnded: true,
        errors: [`the skill threw: ${(error as Error).stack ?? String(error)}`],
        notes: [],
      };
    }
    return this.read(utterance, understood, envelope, response);
  }

  private read(utterance: string, understood: UserInput, request: RequestEnvelope, envelope: ResponseEnvelope): Turn {
    const errors: string[] = [];
    const notes: string[] = [];
    const response = envelope.response ?? {};
    const speech = hear(response.outputSpeech);
    const reprompt = hear(response.reprompt?.outputSpeech);
    errors.push(...(speech?.errors ?? []).map((error) => `speech: ${error}`));
    errors.push(...(reprompt?.errors ?? []).map((error) => `reprompt: ${error}`));

    const directives = response.directives ?? [];
    const apl = directives.some((directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument');
    if (apl && !this.options.caller.screen) {
      errors.push('APL RenderDocument sent to a device without Alexa.Presentation.APL (Alexa rejects the response)');
    }
    const drawn = directives.find((directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument');
    const rendered =
      drawn && this.options.caller.screen ? (drawn as RenderDocument) : this.loadRows(request, directives, errors);
    const screen = rendered ? readScreen(rendered) : undefined;
    const dialogDirectives = directives.filter((directive) => directive.type.startsWith('Dialog.'));
    // From a LaunchRequest a dialog directive is intent chaining, which names the intent it chains into.
    const chained = dialogDirectives.every((directive) => (directive as { updatedIntent?: Intent }).updatedIntent);
    const allowed = request.request.type === 'IntentRequest' || (request.request.type === 'LaunchRequest' && chained);
    if (dialogDirectives.length > 0 && !allowed) {
      errors.push(
        'Dialog directives are only allowed in answer to an IntentRequest, or to a LaunchRequest with an updatedIntent (intent chaining)',
      );
    }
    if (dialogDirectives.length > 0 && response.shouldEndSession === true) {
      errors.push('Dialog directives need the session open, but shouldEndSession is true');
    }

    // shouldEndSession left out: a screen device keeps the session open, a voice-only one closes it.
    const ends =
      response.shouldEndSession === true ||
      (response.shouldEndSession === undefined && dialogDirectives.length === 0 && !this.options.caller.screen);
    const session = this.session;
    if (ends || !session) {
      this.session = undefined;
      this.screen = undefined;
      this.rendered = undefined;
    } else {
      if (screen) {
        this.screen = screen;
        this.rendered = rendered;
      }
      session.attributes = { ...(envelope.sessionAttributes ?? {}) };
      for (const directive of dialogDirectives) {
        if (directive.type === 'Dialog.ConfirmIntent') {
          const confirm = directive as dialog.ConfirmIntentDirective;
          const asked = (request.request as { intent?: Intent }).intent;
          const intent = confirm.updatedIntent ?? asked;
          if (intent)
            session.pending = { intent: { ...intent, slots: intent.slots ?? asked?.slots ?? {} }, askedBy: 'skill' };
        } else if (directive.type === 'Dialog.ElicitSlot' && allowed) {
          const asked = (request.request as { intent?: Intent }).intent;
          const reading = readElicitation(
            this.options.model,
            directive as dialog.ElicitSlotDirective,
            asked,
            speech !== undefined,
          );
          if (reading.ok) {
            session.eliciting = reading.pending;
            notes.push(...reading.notes);
          } else errors.push(...reading.errors);
        } else if (directive.type !== 'Alexa.Presentation.APL.SendIndexListData') {
          notes.push(`${directive.type} is not simulated`);
        }
      }
    }
    return {
      user: utterance,
      understood,
      request,
      response: envelope,
      ...(speech ? { speech: speech.text } : {}),
      ...(reprompt ? { reprompt: reprompt.text } : {}),
      ...cardOf(response.card),
      apl,
      ...(screen ? { screen: describeScreen(screen) } : {}),
      ...(response.shouldEndSession === undefined ? {} : { shouldEndSession: response.shouldEndSession }),
      sessionEnded: ends,
      errors,
      notes,
    };
  }

  /**
   * The answer to a `.scroll`: the rows of the SendIndexListData carrying the request's correlation token,
   * added to the drawn document, as a device adds them. Alexa rejects an answer without that directive, and
   * a device refuses a list version that does not follow the last (1 for the first load).
   */
  private loadRows(request: RequestEnvelope, directives: readonly Directive[], errors: string[]) {
    if (request.request.type !== 'Alexa.Presentation.APL.LoadIndexListData' || !this.rendered) return undefined;
    const asked = request.request;
    const sent = directives.find(
      (directive): directive is SendIndexListData =>
        directive.type === 'Alexa.Presentation.APL.SendIndexListData' &&
        directive.correlationToken === asked.correlationToken,
    );
    if (!sent) {
      errors.push('LoadIndexListData answered without a SendIndexListData carrying its correlationToken');
      return undefined;
    }
    const version = (this.listVersions.get(sent.listId) ?? 0) + 1;
    if (sent.listVersion !== version)
      errors.push(`SendIndexListData has listVersion ${sent.listVersion}, not ${version}`);
    const loaded = withRowsLoaded(this.rendered, sent);
    if (!loaded) {
      errors.push(`SendIndexListData rows for list ${sent.listId} from ${sent.startIndex} follow no rows on screen`);
      return undefined;
    }
    this.listVersions.set(sent.listId, version);
    return loaded;
  }
}

function cardOf(card: ResponseEnvelope['response']['card']): { card?: Card } {
  if (!card) return {};
  switch (card.type) {
    case 'Simple':
      return { card: { title: card.title ?? '', text: card.content ?? '' } };
    case 'Standard':
      return { card: { title: card.title ?? '', text: card.text ?? '' } };
    default:
      return { card: { title: `(${card.type} card)`, text: '' } };
  }
}
