/**
 * The words of the demo journal: invented people and companies, and the kind of notes a sales
 * manager jots down around a joint call. Written for this app; any likeness is accidental.
 */

export const REP_PROFILES = [
  { name: 'Dana Whitfield', title: 'Account Executive' },
  { name: 'Marcus Oyelaran', title: 'Senior Account Executive' },
  { name: 'Priya Raman', title: 'Account Executive' },
  { name: 'Tomás Ferreira', title: 'Account Executive' },
  { name: 'Hannah Kowalczyk', title: 'Enterprise Account Executive' },
  { name: 'Jordan Bell', title: 'Account Executive' },
  { name: 'Mei Lin Zhao', title: 'Associate Account Executive' },
  { name: 'Samuel Adeyemi', title: 'Account Executive' },
] as const

export const ACCOUNTS = [
  'Bluefield Dental Group',
  'Cedar Ridge Credit Union',
  'Pinecrest Hospitality',
  'Ironbridge Manufacturing',
  'Lakeshore School District',
  'Meridian Home Health',
  'Copperline Telecom',
  'Granite Peak Outfitters',
  'Sable & Finch Law',
  'Tidewater Cold Storage',
  'Orchard Valley Foods',
  'Brightpath Learning',
  'Kestrel Aviation Services',
  'Larkspur Property Management',
  'Summit Row Architects',
  'Quarry Lane Builders',
  'Silverleaf Senior Living',
  'Redwood Circuit Labs',
  'Elmstead Veterinary Partners',
  'Foxglove Pharmacy Co-op',
  'Mariner Marine Supply',
  'Westgate Auto Group',
  'Highland Water Authority',
  'Juniper Insurance Brokers',
  'Ashford Print Works',
  'Beacon Street Clinics',
  'Canal Street Hotels',
  'Driftwood Furniture',
  'Evergreen Waste Services',
  'Falcon Ridge Security',
  'Goldfinch Bakeries',
  'Hollowbrook Farms',
  'Kingfisher Travel',
  'Lumen Solar Installers',
  'Moss & Stone Landscaping',
  'Nettle Creek Brewing',
  'Oakline Staffing',
  'Prairie Wind Energy',
] as const

export const OPPORTUNITIES = [
  'Fleet tracking renewal',
  'Pilot at three sites',
  'Move to the enterprise tier',
  'Three-year service agreement',
  'Reporting add-on',
  'Replace the legacy scheduling system',
  'Expansion into the northern region',
  'Onboarding package for new branches',
  'Annual support contract',
  'Hardware refresh',
  'Training bundle for new hires',
  'Payroll integration',
  'Seasonal capacity increase',
  'Vendor consolidation',
  'Compliance reporting module',
] as const

export const OBJECTIVES = [
  'Agree on the scope of a pilot',
  'Confirm who signs off and what they need to see',
  'Get the operations lead to share this year’s numbers',
  'Move from a demo to a written proposal',
  'Understand why the last vendor was dropped',
  'Settle the open pricing questions',
  'Meet the finance director before the proposal goes out',
  'Find out what happens if they change nothing this year',
] as const

export const NEXT_STEPS = [
  'A date for the pilot kickoff on their calendar',
  'A meeting with the finance director next week',
  'Their usage figures sent over by Friday',
  'A site visit with the operations team',
  'Verbal agreement on the shortlist, with us on it',
  'Signed order form before month end',
  'A follow-up call with their IT lead',
] as const

export const QUESTIONS = [
  'What made this a priority now rather than next year?',
  'Who else will weigh in before a decision is made?',
  'What would it cost you to leave things as they are?',
  'How are you handling this today?',
  'What would a good result look like six months from now?',
  'What has stopped this from happening before?',
  'If the pilot works, what happens next?',
  'How does the budget for this get approved?',
] as const

export const INTERVENTION_RULES = [
  'Only if they ask for terms outside our pricing policy',
  'Only if a legal question comes up that the rep cannot answer',
  'Only if the customer asks me directly',
  'Only if the conversation heads toward a commitment we cannot keep',
  'Only if their CFO raises the renewal history with us',
  'Not at all: let the silence do the work',
] as const

export const SKILLS = [
  'Asking for the next step',
  'Holding silence after the price',
  'Putting a number on the cost of doing nothing',
  'Handling "just send me a proposal"',
  'Mapping the buying group',
  'Opening with a clear agenda',
  'Turning features into outcomes',
  'Asking the second question',
  'Summarising before moving on',
  'Confirming budget early',
  'Answering price pushback without discounting',
  'Booking the follow-up before leaving the room',
] as const

export const LESSONS = [
  'The customer fills a silence with the real objection if we let them',
  'A "no" this early tells us the pain was never confirmed',
  'When the rep summarised their words back, the room relaxed',
  'We talked about features for twenty minutes before asking a single question',
  'Naming the next step out loud made it easy for them to agree',
  'They were waiting for the rep to ask for the meeting, and nobody did',
  'Budget came up late because we never asked about it',
  'The rep knew the answer; the pause was confidence, not knowledge',
  'Preparing three questions beforehand changed the whole call',
  'Price was a smokescreen; the worry was the switch-over',
] as const

export const ROOT_CAUSE_NOTES = [
  'Knows the product well; hesitates when the customer pushes back',
  'Has not yet seen a call like this one handled well',
  'Asks good first questions, stops before the second one',
  'Says the right things in a hurry; the delivery undercuts them',
  'Worried about looking unprepared in front of a senior buyer',
] as const

export const SELF_ASSESSMENTS_GOOD = [
  'The opening went well and the agenda kept us on track.',
  'I asked about their current process and really listened to the answer.',
  'I stayed calm when they brought up the competitor.',
  'I got them to talk about the budget without it feeling awkward.',
] as const

export const SELF_ASSESSMENTS_BETTER = [
  'I would ask for the next meeting before they start packing up.',
  'I would pause after the price instead of explaining it again.',
  'I would prepare a second question for each of my first ones.',
  'I would bring the case study they asked about last time.',
] as const

export const OBSERVATIONS = [
  'Strong opening; the agenda set the tone.',
  'Discovery was thorough until the pricing question.',
  'The customer leaned in when we talked about the rollout plan.',
  'Their operations lead said more than the buyer did.',
  'The rep handled the competitor comparison calmly.',
  'We ran ten minutes over and skipped the summary.',
] as const

export const PRIVATE_RESCUE = [
  'I stepped in on the price question. The quarter is tight and I did not trust the silence.',
  'The customer looked at me, and I answered instead of passing it back to the rep.',
  'I took over the close. It felt like helping; it was not.',
  'Habit again: I heard an objection I know well and just answered it.',
] as const

export const PRIVATE_HELD_BACK = [
  'I bit my tongue twice. The rep got there on their own the second time.',
  'Saying nothing was harder than talking. Worth it.',
  'I wanted to jump in on the timeline; the rep handled it better than I would have.',
] as const

export const SESSION_NOTES = [
  'Ran the pricing conversation three times; the third was the best.',
  'Listened to last week’s call together and paused at each question.',
  'Worked through the first five minutes of a discovery call.',
  'Practised answering "we already have a vendor" without getting defensive.',
  'Reviewed the pipeline and picked the two calls worth joining.',
] as const
