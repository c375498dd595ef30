import type { PagesText } from './types.ts';

/** The pages around the islands, in English. */
export const pagesText: PagesText = {
  check: {
    title: 'Check what you can get',
    description:
      'A two-minute check: which social assistance you may qualify for, roughly how much, what to prepare and where to apply.',
    heading: 'Check what help you can get',
    lead: 'Answer a few simple questions; it takes about two minutes. No name or ID number is asked, and the result is worked out on your phone only.',
    noScript:
      'The check needs JavaScript switched on in your browser. You can also call 12345 or 12349, or apply at your township office.',
  },
  apply: {
    title: 'Apply online',
    description:
      'Apply online for dibao, tekun or temporary assistance; the township office where you live now receives it.',
    heading: 'Apply for social assistance',
    lead: 'It takes about 10 minutes. Your answers stay on this phone until you submit. The office where you live now receives your application; dibao, tekun and edge help are handled by the office of your hukou, and we hand it on for you; an emergency goes to the office where it happened.',
    noScript:
      'Applying online needs JavaScript switched on. You can also apply at your township office’s social assistance desk with your ID card and hukou booklet, or call 12345 or 12349.',
  },
  status: {
    title: 'Track an application',
    description: 'Follow a social-assistance application with its reference and access code.',
    heading: 'Track your application',
    lead: 'Enter the reference and access code you were given when you applied. After 5 wrong codes the reference is locked for 15 minutes.',
    noScript: 'Tracking needs JavaScript switched on. You can also call 12345 or 12349.',
  },
  report: {
    title: 'Report someone in hardship',
    description:
      'Tell the local town about someone near you who cannot get by, and staff will visit them.',
    heading: 'Report someone in hardship',
    lead: 'If someone near you cannot keep up a basic living (an old person alone, serious illness, disability, a child without care), tell us where and what the difficulty is. The report goes straight to the local town or subdistrict, whose staff visit. You may stay anonymous.',
    noScript: 'Sending a report needs JavaScript switched on. You can also call 12345 or 12349.',
  },
  complaint: {
    title: 'Complaints and reports of misconduct',
    description:
      'Complain about misconduct, inaction or favouritism in social assistance; handled by the Puning Civil Affairs Bureau.',
    heading: 'Complaints and reports of misconduct',
    lead: 'Report misconduct, inaction, favouritism or demands for gifts in social assistance here. The Puning Civil Affairs Bureau handles it itself and never passes it to the town complained about. If you give your name you are told the result.',
    noScript: 'Complaining online needs JavaScript switched on. You can also call 12345 or 12349.',
  },
  complaintFollow: {
    title: 'Follow a complaint',
    description:
      'See the progress of a complaint and the bureau’s reply with its reference and access code.',
    heading: 'Follow a complaint',
    lead: 'Enter the complaint reference and the access code you were given. After 5 wrong codes the reference is locked for 15 minutes.',
    noScript:
      'Following a complaint needs JavaScript switched on. You can also call 12345 or 12349.',
  },
  staffConsole: {
    title: 'Staff console',
    description: 'The Puning social assistance staff console.',
    heading: 'Social assistance staff console',
    noScript: 'The console needs JavaScript switched on.',
    reportsLink: 'Hardship reports and complaints',
  },
  staffApplication: {
    title: 'Application · Staff console',
    description: 'Staff read and act on one social assistance application.',
    heading: 'Review an application',
    noScript: 'The console needs JavaScript switched on.',
  },
  staffReports: {
    title: 'Leads and complaints · Staff console',
    description: 'Staff handle hardship reports and complaints.',
    heading: 'Hardship reports and complaints',
    noScript: 'The staff console needs JavaScript switched on.',
  },
  staffCallback: {
    title: 'Signing in · Staff console',
    description: 'Staff sign-in.',
    heading: 'Signing in',
    noScript: 'Signing in needs JavaScript switched on.',
  },
  figures: {
    title: 'Social assistance in figures',
    description:
      'Applications for social assistance received and decided in Puning each month, by township and programme, and the share decided within the statutory limit.',
    heading: 'Social assistance in figures',
    lead: 'How many applications were received and decided each month, and how many decisions came within the statutory limit, by township and programme. Only months that have ended are published.',
    noScript: 'The chart and table need JavaScript switched on. You can also call 12345 or 12349.',
    suppressionHeading: 'Why some figures say “fewer than 5”',
    suppression: [
      'Applying for assistance involves a person’s health, income and property, and health and financial information is sensitive personal information (Personal Information Protection Law, art. 28). So that no one can be recognised from the numbers, a figure of 1 to 4 people is not published and shows as “fewer than 5”. Zero shows as 0.',
      'Where a figure could be subtracted from a total to work out one that is fewer than 5, it is withheld too and shows as “not shown*”. Each month’s table always covers every township and every programme; choosing what to show never adds up new totals.',
    ],
    limitHeading: 'What “within the statutory limit” means',
    limit: [
      'Dibao (and the programmes handled the same way, such as single-person dibao and near-dibao families): the household check starts within 3 working days of acceptance (民发〔2021〕57号 art. 15), the city bureau confirms within 10 working days (art. 20), and the whole procedure takes at most 30 working days, 45 where extended (art. 22).',
      'Extreme-poverty support (tekun): the township investigates within 15 working days (民发〔2021〕43号 art. 13) and the county-level bureau decides within 15 working days (art. 16).',
      'A decision counts as within the limit when it is made on or before the due date of the stage it is made in. Working days leave out public holidays and count make-up working days.',
    ],
    countingHeading: 'How the figures are counted',
    counting: [
      '“Received” counts by the month the application was submitted; an application for two programmes counts once for each.',
      '“Decided” counts by the month of the decision: confirmed, not confirmed or refused.',
      'Figures belong to the township now responsible; an application transferred counts for the township that took it over.',
    ],
  },
};
