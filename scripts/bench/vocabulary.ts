/**
 * Word lists for the synthetic newsroom: topic clusters, cities, people and the parts of news
 * sentences. Plain ASCII letters and spaces in topic names, so every slug rule agrees on them.
 */

/** A beat of the newsroom: its topics are mostly used together. */
export interface TopicCluster {
  name: string;
  topics: readonly string[];
}

/** 20 clusters of 10 topics: the newsroom's 200 topics. */
export const TOPIC_CLUSTERS: readonly TopicCluster[] = [
  { name: 'Economy', topics: ['Inflation', 'Interest Rates', 'Central Banking', 'Public Debt', 'Tax Reform', 'Budget', 'Currency Markets', 'Stock Markets', 'Remittances', 'Jobs'] },
  { name: 'Trade', topics: ['Exports', 'Imports', 'Tariffs', 'Shipping', 'Ports', 'Free Trade Agreements', 'Customs', 'Supply Chains', 'Textiles', 'Transit Trade'] },
  { name: 'Energy', topics: ['Oil Prices', 'Natural Gas', 'Electricity Tariffs', 'Power Outages', 'Solar Power', 'Wind Power', 'Hydropower', 'Nuclear Energy', 'Fuel Subsidies', 'Pipelines'] },
  { name: 'Climate', topics: ['Climate Change', 'Heatwaves', 'Floods', 'Droughts', 'Glaciers', 'Air Pollution', 'Carbon Emissions', 'Climate Finance', 'Monsoon', 'Deforestation'] },
  { name: 'Diplomacy', topics: ['Foreign Policy', 'Peace Talks', 'Summits', 'Embassies', 'United Nations', 'Sanctions', 'Treaties', 'Border Disputes', 'Refugees', 'Visas'] },
  { name: 'Security', topics: ['Counterterrorism', 'Border Security', 'Defence Spending', 'Cybersecurity', 'Policing', 'Arms Control', 'Militancy', 'Intelligence', 'Military Exercises', 'Ceasefires'] },
  { name: 'Politics', topics: ['Elections', 'Parliament', 'Coalition Politics', 'Opposition Parties', 'Local Government', 'Constitutional Reform', 'Protests', 'Cabinet', 'Political Parties', 'Voter Turnout'] },
  { name: 'Health', topics: ['Public Health', 'Hospitals', 'Vaccination', 'Polio', 'Dengue', 'Mental Health', 'Maternal Health', 'Medicine Prices', 'Antibiotic Resistance', 'Nutrition'] },
  { name: 'Education', topics: ['Schools', 'Universities', 'Exams', 'Teacher Training', 'Literacy', 'Scholarships', 'Girls Education', 'Curriculum Reform', 'Student Loans', 'Online Learning'] },
  { name: 'Technology', topics: ['Artificial Intelligence', 'Telecoms', 'Internet Access', 'Startups', 'Digital Payments', 'Smartphones', 'Data Protection', 'Semiconductors', 'Satellites', 'Ecommerce'] },
  { name: 'Agriculture', topics: ['Wheat', 'Rice', 'Cotton', 'Irrigation', 'Fertiliser', 'Food Prices', 'Livestock', 'Fisheries', 'Food Security', 'Farm Credit'] },
  { name: 'Infrastructure', topics: ['Roads', 'Railways', 'Airports', 'Bridges', 'Urban Transport', 'Water Supply', 'Housing', 'Construction', 'Dams', 'Public Works'] },
  { name: 'Justice', topics: ['Supreme Court', 'Human Rights', 'Prisons', 'Court Rulings', 'Anticorruption', 'Press Freedom', 'Legal Reform', 'Police Reform', 'Gender Equality', 'Child Protection'] },
  { name: 'Sport', topics: ['Cricket', 'Football', 'Hockey', 'Olympics', 'Tennis', 'Athletics', 'Squash', 'Sports Funding', 'Stadiums', 'Coaching'] },
  { name: 'Culture', topics: ['Film', 'Music', 'Literature', 'Heritage Sites', 'Museums', 'Festivals', 'Television', 'Fashion', 'Architecture', 'Handicrafts'] },
  { name: 'Science', topics: ['Space Exploration', 'Genetics', 'Research Funding', 'Physics', 'Astronomy', 'Earthquakes', 'Marine Science', 'Biodiversity', 'Wildlife', 'Archaeology'] },
  { name: 'Business', topics: ['Banking', 'Insurance', 'Mergers', 'Small Business', 'Manufacturing', 'Retail', 'Real Estate', 'Aviation', 'Automobiles', 'Tourism'] },
  { name: 'Labour', topics: ['Wages', 'Unions', 'Strikes', 'Migration', 'Pensions', 'Unemployment', 'Child Labour', 'Workplace Safety', 'Gig Economy', 'Social Security'] },
  { name: 'Regions', topics: ['South Asia', 'Central Asia', 'Middle East', 'East Asia', 'Europe', 'Africa', 'Latin America', 'North America', 'Gulf States', 'Southeast Asia'] },
  { name: 'Society', topics: ['Religion', 'Charity', 'Poverty', 'Population', 'Family Life', 'Youth', 'Disability', 'Volunteering', 'Rural Life', 'Media'] },
];

/** Cities with a typical temperature in °C, around which datelines' temperatures vary. */
export const CITIES: readonly { name: string; meanTemperature: number }[] = [
  { name: 'Karachi', meanTemperature: 27 }, { name: 'Lahore', meanTemperature: 25 },
  { name: 'Islamabad', meanTemperature: 21 }, { name: 'Peshawar', meanTemperature: 23 },
  { name: 'Quetta', meanTemperature: 15 }, { name: 'Multan', meanTemperature: 26 },
  { name: 'Faisalabad', meanTemperature: 25 }, { name: 'Hyderabad', meanTemperature: 28 },
  { name: 'Gilgit', meanTemperature: 12 }, { name: 'Kabul', meanTemperature: 12 },
  { name: 'Tehran', meanTemperature: 18 }, { name: 'Dubai', meanTemperature: 28 },
  { name: 'Doha', meanTemperature: 28 }, { name: 'Riyadh', meanTemperature: 27 },
  { name: 'Istanbul', meanTemperature: 15 }, { name: 'Ankara', meanTemperature: 12 },
  { name: 'Cairo', meanTemperature: 22 }, { name: 'Nairobi', meanTemperature: 19 },
  { name: 'Lagos', meanTemperature: 27 }, { name: 'London', meanTemperature: 11 },
  { name: 'Brussels', meanTemperature: 11 }, { name: 'Geneva', meanTemperature: 10 },
  { name: 'Berlin', meanTemperature: 10 }, { name: 'Paris', meanTemperature: 12 },
  { name: 'Moscow', meanTemperature: 6 }, { name: 'Beijing', meanTemperature: 13 },
  { name: 'Shanghai', meanTemperature: 17 }, { name: 'Tokyo', meanTemperature: 16 },
  { name: 'Seoul', meanTemperature: 13 }, { name: 'New Delhi', meanTemperature: 25 },
  { name: 'Mumbai', meanTemperature: 27 }, { name: 'Dhaka', meanTemperature: 26 },
  { name: 'Colombo', meanTemperature: 28 }, { name: 'Kathmandu', meanTemperature: 18 },
  { name: 'Tashkent', meanTemperature: 15 }, { name: 'Almaty', meanTemperature: 10 },
  { name: 'Baku', meanTemperature: 15 }, { name: 'Jakarta', meanTemperature: 28 },
  { name: 'Kuala Lumpur', meanTemperature: 28 }, { name: 'Singapore', meanTemperature: 28 },
  { name: 'Washington', meanTemperature: 14 }, { name: 'New York', meanTemperature: 13 },
  { name: 'Ottawa', meanTemperature: 6 }, { name: 'Sao Paulo', meanTemperature: 20 },
];

export const FIRST_NAMES: readonly string[] = [
  'Amina', 'Daniel', 'Sara', 'Bilal', 'Hina', 'Omar', 'Fatima', 'Yusuf', 'Ayesha', 'Imran',
  'Nadia', 'Kamran', 'Zainab', 'Tariq', 'Mariam', 'Hamza', 'Leila', 'Farhan', 'Rabia', 'Asad',
  'Elena', 'James', 'Grace', 'Samuel', 'Priya', 'Arjun', 'Mei', 'Kenji', 'Noor', 'Hassan',
  'Sofia', 'Lucas', 'Chiara', 'Mateo', 'Ingrid', 'Tomas', 'Aisha', 'Kwame', 'Lina', 'Ravi',
];

export const LAST_NAMES: readonly string[] = [
  'Rauf', 'Okafor', 'Khan', 'Qureshi', 'Siddiqui', 'Malik', 'Haider', 'Chaudhry', 'Baig', 'Anwar',
  'Zaman', 'Hussain', 'Mirza', 'Shah', 'Javed', 'Aslam', 'Farooq', 'Iqbal', 'Abbasi', 'Rehman',
  'Novak', 'Fischer', 'Moreau', 'Rossi', 'Silva', 'Petrov', 'Tanaka', 'Kim', 'Mensah', 'Osei',
  'Larsen', 'Costa', 'Yilmaz', 'Demir', 'Sharma', 'Patel', 'Wang', 'Nguyen', 'Haddad', 'Nasser',
];

export const ROLES: readonly string[] = [
  'a senior ministry official', 'an economist at a Karachi brokerage', 'a regional analyst',
  'a spokesperson for the provincial government', 'a local trader', 'a member of parliament',
  'a professor of public policy', 'the head of a business association', 'a union leader',
  'a researcher at an independent think tank', 'a retired diplomat', 'a community organiser',
];

export const SUBJECTS: readonly string[] = [
  'officials', 'the ministry', 'analysts', 'residents', 'the central bank', 'lawmakers',
  'business leaders', 'a government spokesperson', 'the provincial government', 'regulators',
  'economists', 'campaigners', 'local traders', 'the committee', 'senior officials', 'diplomats',
  'independent experts', 'the opposition', 'union leaders', 'researchers', 'donors', 'the cabinet',
];

export const VERBS_PAST: readonly string[] = [
  'announced', 'approved', 'rejected', 'warned about', 'criticised', 'welcomed', 'reviewed',
  'delayed', 'proposed', 'defended', 'questioned', 'outlined', 'expanded', 'suspended',
  'discussed', 'backed', 'funded', 'launched', 'revised', 'challenged',
];

export const VERBS_PRESENT: readonly string[] = [
  'Approve', 'Reject', 'Unveil', 'Delay', 'Expand', 'Review', 'Back', 'Question', 'Launch',
  'Suspend', 'Defend', 'Outline', 'Revise', 'Weigh', 'Fund', 'Debate',
];

export const ADJECTIVES: readonly string[] = [
  'new', 'long-awaited', 'ambitious', 'controversial', 'modest', 'fresh', 'revised', 'temporary',
  'regional', 'national', 'emergency', 'annual', 'multi-year', 'joint', 'broader', 'limited',
];

export const OBJECTS: readonly string[] = [
  'plan', 'measure', 'proposal', 'package', 'framework', 'review', 'programme', 'agreement',
  'policy', 'budget', 'investigation', 'report', 'strategy', 'reform', 'deal', 'roadmap',
];

export const TRENDS: readonly string[] = [
  'Climb', 'Fall', 'Stall', 'Surge', 'Ease', 'Slow', 'Rebound', 'Tighten', 'Shift', 'Widen',
];

export const TIME_PHRASES: readonly string[] = [
  'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday',
  'last week', 'earlier this month', 'this year', 'after months of debate', 'ahead of the deadline',
  'late on Sunday', 'at a news conference', 'in a written statement',
];

export const ATTRIBUTIONS: readonly string[] = [
  'according to officials', 'a spokesperson said', 'people familiar with the matter said',
  'documents showed', 'analysts said', 'the statement said', 'officials confirmed',
  'according to figures released by the ministry',
];

export const CONNECTORS: readonly string[] = [
  'for', 'on', 'to improve', 'to expand', 'covering', 'aimed at', 'to strengthen', 'to protect',
];

export const CONSEQUENCES: readonly string[] = [
  'Critics said the {object} did not go far enough and left {subject} waiting for details.',
  'The decision comes as pressure over {topic} builds across {city} and beyond.',
  'Previous attempts to address {topic} stalled over funding and disagreements between agencies.',
  'It was not immediately clear how the {object} would be paid for or who would oversee it.',
  'Supporters said the {adjective} {object} could bring relief within months if it is carried out as planned.',
  'The figures suggest that {topic} will remain a central concern for {subject} well into next year.',
  'Officials in {city} said they would publish a detailed timetable once consultations were complete.',
  'Several {subject} said they had not been consulted before the announcement was made.',
];

export const HEADINGS: readonly string[] = [
  'What Comes Next', 'Reaction from {Subject}', 'Concerns over {Topic}', 'The {Topic} Question',
  'Background', 'Costs and Funding', 'Impact on {City}', 'A Long Road', 'Numbers Behind the Plan',
  'Voices from {City}', 'Regional Picture', 'Unanswered Questions',
];

/** Topics written with capitals inside a sentence; the rest are lowercased there. */
export const PROPER_TOPICS: ReadonlySet<string> = new Set([
  'United Nations', 'Supreme Court', 'Olympics', 'South Asia', 'Central Asia', 'Middle East',
  'East Asia', 'Europe', 'Africa', 'Latin America', 'North America', 'Gulf States', 'Southeast Asia',
]);

export const HEADLINE_SUBJECTS: readonly string[] = [
  'Officials', 'Lawmakers', 'Regulators', 'Economists', 'Campaigners', 'Traders', 'Ministers',
  'Diplomats', 'Researchers', 'Analysts', 'Donors', 'Unions',
];

export const TRENDS_PAST: readonly string[] = [
  'rose', 'fell', 'climbed', 'eased', 'slowed', 'rebounded', 'widened', 'narrowed', 'stalled',
];
