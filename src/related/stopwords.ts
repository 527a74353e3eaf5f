/**
 * Function words dropped before weighing terms: a short English list and a short Urdu list.
 * Words common on this site but missing here still count little, through their low IDF.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English
  ...'a about after again against all also am an and any are as at be because been before being but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your'.split(
    ' ',
  ),
  'said',
  'says',
  'mr',
  'ms',
  'mrs',
  // Urdu
  ...'اور اس ان ایک بھی پر تو تھا تھی تھے جو جب سے سکتا کا کر کرنے کہ کہا کی کیا کے کو گا گی گئی گیا لیے میں نہ نہیں نے وہ ہم ہو ہوا ہوئی ہوئے ہی ہیں ہے یہ'.split(
    ' ',
  ),
]);
