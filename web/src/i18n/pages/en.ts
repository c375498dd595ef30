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
};
