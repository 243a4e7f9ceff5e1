/**
 * What people say for Amazon's built-in intents. Alexa understands these without samples; a model may add
 * more, which the simulator adds to these.
 */
export const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure', 'ok', 'okay', 'of course', 'go ahead', 'yup'],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'nah', 'not now'],
  'AMAZON.HelpIntent': ['help', 'help me', 'what can i say', 'what can you do', 'how does this work'],
  'AMAZON.StopIntent': ['stop', 'shut up', 'never mind', 'off', 'be quiet', 'quiet', 'enough', 'exit', 'goodbye'],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'forget it'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to the home screen'],
  'AMAZON.RepeatIntent': ['repeat', 'say that again', 'repeat that', 'what did you say'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start again'],
  'AMAZON.NextIntent': ['next', 'skip'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back'],
  'AMAZON.MoreIntent': ['more', 'tell me more'],
};

/** Every skill has these, whether or not its model lists them. */
export const REQUIRED_BUILT_INS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.NavigateHomeIntent',
] as const;

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
