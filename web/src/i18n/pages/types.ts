/**
 * What the layout (layouts/Base.astro) says of every page: its title and description in
 * the document's head, its heading and, for most, a lead paragraph.
 */
export interface PageHead {
  title: string;
  description: string;
  heading: string;
  lead?: string;
}

/** A page whose island needs JavaScript, and says so (with what else one can do) without it. */
export interface IslandPage extends PageHead {
  noScript: string;
}

/**
 * The words of the pages around the islands, rendered at build time: one module per
 * language (./zh-CN.ts, ./en.ts), each typed by this interface, so a text missing in
 * one language is a type error.
 */
export interface PagesText {
  check: IslandPage & { lead: string };
  apply: IslandPage & { lead: string };
  status: IslandPage & { lead: string };
  report: IslandPage & { lead: string };
  complaint: IslandPage & { lead: string };
  complaintFollow: IslandPage & { lead: string };
  staffConsole: IslandPage & { reportsLink: string };
  staffApplication: IslandPage;
  staffReports: IslandPage;
  staffCallback: IslandPage;
  /** The open figures (政务公开): the page around the island, and what its numbers mean. */
  figures: IslandPage & {
    lead: string;
    suppressionHeading: string;
    suppression: readonly string[];
    limitHeading: string;
    limit: readonly string[];
    countingHeading: string;
    counting: readonly string[];
  };
}
