import type { BodyKind, OrganisationKind } from '../../../preload/contract';

export const firstNames = [
  'Anne', 'Mette', 'Kirsten', 'Hanne', 'Helle', 'Susanne', 'Lene', 'Marianne', 'Camilla', 'Louise', 'Signe', 'Sofie', 'Ida', 'Freja',
  'Åse', 'Søs', 'Birgitte', 'Bente', 'Else', 'Inge', 'Lærke', 'Maja', 'Emma', 'Astrid', 'Solvej', 'Trine', 'Rikke', 'Tove', 'Grethe',
  'Peter', 'Jens', 'Lars', 'Søren', 'Niels', 'Henrik', 'Thomas', 'Morten', 'Anders', 'Jørgen', 'Bjørn', 'Rasmus', 'Mads', 'Mikkel',
  'Kåre', 'Jørn', 'Bent', 'Ole', 'Poul', 'Frederik', 'Emil', 'Oliver', 'Aksel', 'Halfdan', 'Steffen', 'Torben', 'Børge', 'Asger',
  'Ahmad', 'Fatima', 'Yasmin', 'Ali', 'Leila', 'Omar', 'Zeynep', 'Mehmet',
] as const;

export const middleNames = ['Bøgh', 'Skov', 'Dam', 'Holm', 'Kjær', 'Lund', 'Brøndum', 'Møller', 'Krogh', 'Friis', 'Bach', 'Due'] as const;

export const surnames = [
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen',
  'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Østergaard', 'Ærenlund',
  'Frølund', 'Kjærgaard', 'Lærkesen', 'Mølgaard', 'Højgaard', 'Brønnum', 'Vestergaard', 'Søgaard', 'Bækgaard', 'Nørgaard', 'Dalsgård',
  'Ørsted', 'Bøgelund', 'Aagaard', 'Strøm', 'Kjærsgaard', 'Skovgård', 'Hækkerup', 'Øbro', 'Yilmaz', 'Hussein', 'Nguyen', 'Kowalski',
] as const;

export const towns = [
  'Hvidovre', 'Brøndby', 'Høje-Taastrup', 'Glostrup', 'Albertslund', 'Ishøj', 'Vallensbæk', 'Rødovre', 'Køge', 'Næstved', 'Sorø',
  'Hørsholm', 'Værløse', 'Ølstykke', 'Frederikssund', 'Hjørring', 'Frederikshavn', 'Brønderslev', 'Læsø', 'Sæby', 'Aabenraa',
  'Sønderborg', 'Tønder', 'Haderslev', 'Åbenrå', 'Ærøskøbing', 'Faaborg', 'Svendborg', 'Nyborg', 'Middelfart', 'Assens', 'Odense',
  'Aalborg', 'Aarhus', 'Viborg', 'Skive', 'Thisted', 'Randers', 'Grenå', 'Silkeborg', 'Herning', 'Holstebro', 'Ringkøbing', 'Esbjerg',
  'Vejle', 'Kolding', 'Fredericia', 'Horsens', 'Nykøbing Falster', 'Maribo', 'Rønne', 'Helsingør', 'Hillerød', 'Græsted', 'Gørlev',
] as const;

const streets = ['Hovedgaden', 'Skolevej', 'Kirkevej', 'Stationsvej', 'Søndergade', 'Nørregade', 'Østergade', 'Vestergade', 'Møllevej', 'Bøgevej', 'Rådhuspladsen', 'Ågade'];

export function address(pick: <T>(l: readonly T[]) => T, int: (a: number, b: number) => number, town: string): string {
  return `${pick(streets)} ${int(1, 180)}, ${int(1000, 9990)} ${town}`;
}

/** Name patterns per organisation kind; {town} and {surname} are filled in. */
export const orgPatterns: Record<OrganisationKind, readonly string[]> = {
  municipal_department: ['Børne- og Ungeforvaltningen, {town} Kommune', 'Jobcenter {town}', 'UU {town}', 'Ungdomsskolen i {town}', 'Skoleafdelingen, {town} Kommune', 'Beskæftigelsesforvaltningen, {town}', 'Familieafdelingen, {town} Kommune', 'Ungeenheden {town}'],
  upper_secondary_school: ['{town} Gymnasium', '{town} Gymnasium & HF', '{town} Handelsgymnasium', '{town} Tekniske Gymnasium', 'Katedralskolen i {town}', '{town} Amtsgymnasium'],
  vocational_college: ['Erhvervsskolen {town}', 'EUC {town}', 'Social- og Sundhedsskolen {town}', 'Produktionsskolen i {town}', 'FGU {town}', '{town} Tekniske Skole', 'Landbrugsskolen {town}'],
  adult_education: ['VUC {town}', 'AOF {town}', 'Sprogcenter {town}', 'FOF {town}'],
  primary_school: ['{town} Skole', '{town} Friskole', 'Nørre Skole, {town}', 'Søndre Skole, {town}', '{town} Efterskole', 'Privatskolen i {town}'],
  company: ['{surname} & Søn A/S', '{town} Maskinfabrik ApS', '{surname} Tømrer og Snedker', '{town} Auto ApS', '{surname}s Bageri', 'Vognmand {surname}', '{town} Plast A/S', '{surname} El-service', 'Frisør {surname}', '{town} Hotel & Konference'],
  political_body: ['Børne- og Ungeudvalget, {town}', 'Beskæftigelsesudvalget, {town}', 'Kommunalbestyrelsen i {town}', 'Økonomiudvalget, {town}'],
  labour_market_org: ['3F {town}', 'Dansk Industri, {town}', 'HK {town}', 'Dansk Metal {town}', 'FOA {town}', 'Dansk Erhverv {town}', '{town} Erhvervsråd'],
  ngo: ['Ungdommens Røde Kors {town}', 'Red Barnet {town}', 'Foreningen Nydansker {town}', 'Natteravnene {town}', 'Headspace {town}', 'FDF {town}', 'Lær for Livet {town}'],
  state_agency: ['Styrelsen for Undervisning og Kvalitet', 'STAR – Styrelsen for Arbejdsmarked og Rekruttering', 'Region {town}', 'Professionshøjskolen {town}', 'Børne- og Undervisningsministeriet'],
  other: ['{town} Idrætsforening', 'Biblioteket i {town}', '{town} Musikskole', 'Kulturhuset {town}'],
};

/** How common each kind is in a region's register. */
export const kindWeights: readonly (readonly [OrganisationKind, number])[] = [
  ['company', 40], ['primary_school', 12], ['municipal_department', 12], ['ngo', 8], ['vocational_college', 7], ['labour_market_org', 6],
  ['upper_secondary_school', 5], ['adult_education', 3], ['political_body', 3], ['state_agency', 1], ['other', 3],
];

export const titlesByKind: Record<OrganisationKind, readonly string[]> = {
  municipal_department: ['Afdelingschef', 'Konsulent', 'UU-vejleder', 'Sagsbehandler', 'Teamleder', 'Jobkonsulent', 'Sekretariatskoordinator', 'Direktør'],
  upper_secondary_school: ['Rektor', 'Vicerektor', 'Studievejleder', 'Uddannelsesleder', 'Lektor'],
  vocational_college: ['Direktør', 'Uddannelseschef', 'Praktikkonsulent', 'Studievejleder', 'Faglærer'],
  adult_education: ['Leder', 'Studievejleder', 'Underviser'],
  primary_school: ['Skoleleder', 'Viceskoleleder', 'Lærer', 'AKT-koordinator', 'Udskolingsleder'],
  company: ['Direktør', 'HR-chef', 'Indehaver', 'Værkfører', 'Lærlingeansvarlig', 'Produktionschef'],
  political_body: ['Borgmester', 'Udvalgsformand', 'Medlem af kommunalbestyrelsen', 'Næstformand'],
  labour_market_org: ['Formand', 'Faglig sekretær', 'Konsulent', 'Erhvervskonsulent'],
  ngo: ['Frivilligkoordinator', 'Formand', 'Projektleder', 'Ungeambassadør'],
  state_agency: ['Kontorchef', 'Fuldmægtig', 'Specialkonsulent', 'Rektor'],
  other: ['Leder', 'Koordinator', 'Formand'],
};

export const fixedBodies: readonly { name: string; kind: BodyKind; description: string }[] = [
  { name: 'Ungepartnerskabet', kind: 'partnership', description: 'Partnerskabet for unges uddannelse og job. Mål: 95 % af en ungdomsårgang gennemfører en ungdomsuddannelse.' },
  { name: 'Styregruppen', kind: 'steering_group', description: 'Mødes hver anden måned, 2 timer.' },
  { name: 'Advisory Board', kind: 'advisory_board', description: 'Formandskaber, arbejdsmarkedets parter og uddannelserne.' },
];

export const workingGroupThemes = [
  'praktikpladser', 'overgang fra grundskole', 'fastholdelse på erhvervsuddannelser', 'mentorordning', 'unge uden job', 'brobygning',
  'ordblinde unge', 'trivsel i udskolingen', 'Ungegarantien', 'data og nøgletal', 'forældresamarbejde', 'erhvervspraktik',
] as const;

export const roleWeights = [['member', 80], ['chair', 5], ['secretary', 5], ['observer', 10]] as const;
