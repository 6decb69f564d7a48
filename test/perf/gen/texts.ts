import type { MeetingType } from '../../../preload/contract';
import type { Rng } from './random';

/** Danish building blocks for meetings, minutes, initiatives and memos in the generated world. */
export const themes = [
  'praktikpladser', 'overgangen fra 9. klasse', 'fastholdelse på erhvervsuddannelserne', 'mentorordningen', 'unge uden job og uddannelse',
  'brobygning', 'ordblinde unge', 'trivsel i udskolingen', 'Ungegarantien', 'nøgletal og data', 'forældresamarbejde', 'erhvervspraktik',
  'FGU-samarbejdet', 'sommerjob for unge', 'uddannelsesparathed', 'unge med angst', 'kønsopdelte uddannelsesvalg', 'lærlinge i små virksomheder',
] as const;

export const meetingTitles: Record<MeetingType, readonly string[]> = {
  kickoff_workshop: ['Opstarts-workshop om {theme}', 'Kick-off: {theme}'],
  theme_meeting: ['Temamøde om {theme}', 'Temadag: {theme}', 'Dialogmøde om {theme}'],
  steering_group: ['Styregruppemøde', 'Møde i styregruppen', 'Styregruppemøde – budgetopfølgning'],
  partnership_meeting: ['Partnerskabsmøde', 'Møde i Ungepartnerskabet', 'Årsmøde i partnerskabet'],
  advisory_board: ['Møde i Advisory Board', 'Advisory Board: status og retning'],
  network_meeting: ['Netværksmøde', 'Netværksmøde om {theme}', 'Erfaringsudveksling om {theme}'],
  study_visit: ['Studietur til {town}', 'Besøg hos {town} Kommunes ungeenhed'],
  other: ['Arbejdsmøde om {theme}', 'Møde om {theme}', 'Koordinationsmøde'],
};

export const places = [
  'Hvidovre Rådhus, mødelokale 2', 'Rådhuset, byrådssalen', 'UU Vestegnen, Brøndby', 'Jobcenteret, kantinen', 'Erhvervsskolen, auditoriet',
  'Ungdomsskolen, store sal', 'FGU Vestegnen, lokale 14', 'Virksomhedernes Hus, Glostrup', 'Biblioteket, mødesal Ø', 'Online (Teams)',
] as const;

const itemTitles = [
  'Status på {theme}', 'Nøgletal for {theme}', 'Drøftelse af {theme}', 'Forslag til indsats: {theme}', 'Erfaringer fra partnerne om {theme}',
  'Budgetopfølgning for sporet om {theme}', 'Orientering fra arbejdsgruppen for {theme}', 'Høringssvar om {theme}', 'Evaluering af {theme}',
  'Plan for næste års indsats om {theme}', 'Ansøgning til puljen om {theme}', 'Kommunikation om {theme}',
] as const;

const minuteOpeners = [
  'Sekretariatet gennemgik status.', 'Punktet blev drøftet grundigt.', 'Formanden indledte punktet.', 'Arbejdsgruppen fremlagde sine anbefalinger.',
  'Der var enighed om retningen.', 'Flere partnere bidrog med erfaringer fra egen organisation.', 'Oplægsholderen viste de seneste tal.',
];
const minuteFacts = [
  '{n} unge har deltaget i forløbet siden sommerferien.', 'Frafaldet på grundforløbet er faldet til {p} %.', 'Ventelisten til praktik er nu på {n} elever.',
  'Virksomhederne efterspørger flere lærlinge inden for bygge og anlæg.', 'Skolerne oplever, at forældrene er mere opmærksomme på erhvervsuddannelserne.',
  'Jobcenteret har ansat to nye ungevejledere.', 'Der mangler fortsat data fra to af gymnasierne.', 'Søgningen til EUD er steget med {p} % i år.',
  'Brobygningsforløbene blev evalueret positivt af både elever og lærere.', 'Økonomien følger budgettet, med et mindre forbrug på {k} kr.',
];
const minuteClosers = [
  'Styregruppen tog orienteringen til efterretning.', 'Punktet tages op igen på næste møde.', 'Sekretariatet udarbejder et notat til næste møde.',
  'Der arbejdes videre med forslaget i arbejdsgruppen.', 'Partnerne melder tilbage inden udgangen af måneden.', '',
];

export const decisionTexts = [
  'Styregruppen godkendte planen for {theme}.', 'Det blev besluttet at forlænge indsatsen om {theme} til og med næste skoleår.',
  'Partnerskabet anbefaler byrådet at afsætte midler til {theme}.', 'Budgettet for {theme} blev godkendt med de foreslåede ændringer.',
  'Arbejdsgruppen for {theme} fortsætter med uændret kommissorium.', 'Dagsordenen blev godkendt.', 'Referatet fra sidste møde blev godkendt uden bemærkninger.',
];

export const actionTexts = [
  'Sende opdaterede nøgletal om {theme} til styregruppen', 'Indkalde arbejdsgruppen for {theme}', 'Skrive udkast til notat om {theme}',
  'Kontakte erhvervsskolen om {theme}', 'Samle erfaringer fra partnerne om {theme}', 'Udarbejde høringssvar om {theme}',
  'Invitere virksomheder til møde om {theme}', 'Følge op på økonomien for {theme}', 'Aftale besøg hos jobcenteret om {theme}',
];

export const initiativeNames = [
  'Praktikpladsgaranti', 'Brobygning 8.–10. klasse', 'Mentorordning for unge', 'Erhvervspraktik i udskolingen', 'Lærlingeløft i små virksomheder',
  'Sommerskole for ordblinde', 'Fastholdelsesvejledere på EUD', 'Ungekontakt i jobcenteret', 'Forældreaftener om uddannelsesvalg', 'Åben værksted-dag',
  'Trivselsforløb i 8. klasse', 'Sommerjob-banken', 'Unge-ambassadører', 'Erhvervsmentorkorps', 'Overgangsforløb til FGU', 'Karrierelæring i 7. klasse',
] as const;

export const goalNames = [
  'Andel af en årgang med ungdomsuddannelse 25 år efter 9. klasse', 'Antal unge i praktikaftale', 'Frafald på grundforløb 1', 'Antal unge i mentorforløb',
  'Andel 9.-klasseelever vurderet uddannelsesparate', 'Antal virksomheder med lærlinge', 'Antal unge uden job og uddannelse', 'Tilfredshed blandt deltagere',
] as const;

export const towns2 = ['Brøndby', 'Ishøj', 'Køge', 'Roskilde', 'Albertslund', 'Høje-Taastrup', 'Næstved', 'Ærøskøbing'] as const;

export const fill = (rng: Rng, pattern: string) =>
  pattern
    .replace('{theme}', rng.pick(themes))
    .replace('{town}', rng.pick(towns2))
    .replace('{n}', String(rng.int(12, 480)))
    .replace('{p}', String(rng.int(3, 40)))
    .replace('{k}', rng.int(10, 400).toLocaleString('da-DK') + '.000');

export const itemTitle = (rng: Rng) => fill(rng, rng.pick(itemTitles));

/** A minutes paragraph of two to five sentences. */
export function minutesText(rng: Rng): string {
  const parts = [rng.pick(minuteOpeners)];
  for (let i = rng.int(1, 3); i > 0; i--) parts.push(fill(rng, rng.pick(minuteFacts)));
  parts.push(rng.pick(minuteClosers));
  return parts.filter(Boolean).join(' ');
}
