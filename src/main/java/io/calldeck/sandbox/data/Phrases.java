package io.calldeck.sandbox.data;

import io.calldeck.connector.model.GongUser;

/**
 * The words of generated calls: transcript sentences, outline items, briefs, key points and public comments.
 * Some comments carry what a real team's comments carry and a page must escape: markup, quotes, ampersands
 * and emoji, and {@code @[name](userId)} mentions.
 */
final class Phrases {

    private static final String[] REP = {
        "Thanks for making the time today, I know your calendar is packed.",
        "Could you walk me through how your team builds reports today?",
        "That's a common pattern we see with teams your size.",
        "Let me share my screen and show you how that works in practice.",
        "What would it mean for you if that report refreshed every hour instead of every week?",
        "We connect to the warehouse directly, so nothing has to be copied.",
        "How are you measuring success for this project?",
        "Who else should be part of the evaluation on your side?",
        "I can send over the security documentation right after this call.",
        "Pricing is per seat, with a discount for annual commitments.",
        "Does a pilot in the next two weeks sound reasonable?",
        "Let me recap what I heard so far, and correct me if I got anything wrong.",
        "We have customers in your industry who started exactly like this.",
        "Our SSO and SOC 2 reports usually answer most of the security questions.",
        "I'll follow up with a summary and the next steps by tomorrow."};
    private static final String[] CUSTOMER = {
        "Right now most of it lives in spreadsheets, honestly.",
        "Our data team is stretched thin, so anything self-serve helps.",
        "We looked at Tableau last year but the rollout stalled.",
        "Budget is approved for this quarter, but procurement takes a while.",
        "Security will want to see how you handle GDPR.",
        "The CFO is the one who signs off on anything above fifty thousand.",
        "Can it pull from Snowflake and our Postgres replica at the same time?",
        "That dashboard would save my team a couple of days every month.",
        "We need something in place by end of year.",
        "I'd like my analytics lead to see this before we decide.",
        "What does onboarding look like for a team of forty?",
        "Send it over and we'll review it internally next week.",
        "Our biggest pain is that every department has its own numbers.",
        "How does the pricing compare to Looker?",
        "Sounds good, let's schedule a follow up."};
    private static final String[] PAIN = {"Reports take days to build and are out of date when they arrive",
        "Every department reports different numbers", "The data team is a bottleneck for simple questions",
        "Dashboards break whenever a source system changes", "No one trusts the revenue forecast"};
    private static final String[] NEXT = {"Send security documentation to %s", "Schedule a technical deep dive with %s's data team",
        "Share a pilot proposal with %s", "Book a pricing review with %s's CFO", "Set up a sandbox workspace for %s"};

    private Phrases() {
    }

    static String sentence(Rng rng, boolean customer, String topic, String company) {
        return rng.pick(customer ? CUSTOMER : REP);
    }

    static String outlineItem(Rng rng, String topic, String company) {
        return switch (topic) {
            case "Pricing", "Budget" -> company + " asked about annual pricing and discounts";
            case "Next Steps", "Wrap-Up" -> "Agreed to " + String.format(rng.pick(NEXT), company).toLowerCase();
            case "Security" -> company + " needs SOC 2 and SSO before a pilot";
            case "Pain Points" -> rng.pick(PAIN);
            default -> topic + " with " + company + ": " + rng.pick("current process reviewed",
                    "requirements clarified", "questions answered", "open items listed");
        };
    }

    static String nextStep(Rng rng, String company) {
        return String.format(rng.pick(NEXT), company);
    }

    static String painPoint(Rng rng) {
        return rng.pick(PAIN);
    }

    static String keyPoint(Rng rng, String company) {
        return rng.pick(company + " wants a pilot within two weeks",
                "Budget is approved for this quarter",
                "The CFO signs off above $50k",
                company + " currently builds reports in spreadsheets",
                "Competitor evaluation (Tableau) stalled last year",
                "Security review needs SOC 2 and GDPR answers");
    }

    static String brief(Rng rng, String title, String company, String rep) {
        return rep + " met " + company + " (" + title + "). " + rng.pick(PAIN) + ". "
                + "They discussed how " + SalesOrg.COMPANY + " connects to the warehouse and agreed to "
                + String.format(rng.pick(NEXT), company).toLowerCase() + ".";
    }

    static String comment(Rng rng, String company, boolean reply, GongUser mention) {
        String mentionText = "@[" + mention.fullName() + "](" + mention.id() + ")";
        if (reply) {
            return rng.pick("Agreed, " + mentionText + " let's do that.", "Good point, thanks!",
                    "Will do 👍", mentionText + " can you take this one?", "Done - sent the follow up.");
        }
        return rng.pick(
                "Great discovery here, " + mentionText + " listen from this point.",
                "They mentioned a competitor here - " + company + " is also talking to \"Tableau\".",
                "Nice handling of the pricing objection 🎯",
                "Watch the monologue here, let the customer talk more.",
                "Customer pasted this in chat: <script>alert('xss')</script> - is that our embed code?",
                "Q&A: R&D asked about <b>SSO</b> & SCIM; \"yes\" on both.",
                "Next time ask about the decision process earlier.",
                mentionText + " can you send them the SOC 2 report?",
                "🚀 Strong close, they booked the pilot!");
    }
}
