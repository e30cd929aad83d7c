// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;

import io.github.chorus.analytics.model.AnalyticsFactory;
import io.github.chorus.analytics.model.AnalyticsStore;
import io.github.chorus.analytics.model.ImportRecord;
import io.github.chorus.analytics.model.MetricSeries;
import io.github.chorus.analytics.model.ObservationBlock;
import io.github.chorus.analytics.model.SourceKind;
import io.github.chorus.community.model.CommunityFactory;
import io.github.chorus.community.model.Contact;
import io.github.chorus.community.model.HandoffState;
import io.github.chorus.community.model.Inbox;
import io.github.chorus.community.model.Lead;
import io.github.chorus.community.model.LeadQualification;
import io.github.chorus.community.model.Message;
import io.github.chorus.community.model.MessageDirection;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.community.model.ReplyTemplate;
import io.github.chorus.community.model.ResponseTarget;
import io.github.chorus.community.model.ThreadKind;
import io.github.chorus.community.model.ThreadStatus;
import io.github.chorus.content.model.Approval;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.AttemptOutcome;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.ContentType;
import io.github.chorus.content.model.Pillar;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.PublishAttempt;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.ThreadPart;
import io.github.chorus.content.model.TrackedLink;
import io.github.chorus.content.model.UtmPreset;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Brand;
import io.github.chorus.plan.model.Budget;
import io.github.chorus.plan.model.BudgetCategory;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.CampaignKind;
import io.github.chorus.plan.model.CampaignObjective;
import io.github.chorus.plan.model.CampaignResult;
import io.github.chorus.plan.model.CampaignStatus;
import io.github.chorus.plan.model.Challenge;
import io.github.chorus.plan.model.ChallengeKind;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Kpi;
import io.github.chorus.plan.model.KpiDefinition;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.MetricDefinition;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.Role;
import io.github.chorus.plan.model.RoleKind;
import io.github.chorus.plan.model.SpendEntry;
import io.github.chorus.plan.model.Tag;
import io.github.chorus.plan.model.Target;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * Generates the demo workspace of "Ember &amp; Oak Coffee Roasters", a chain of five cafés
 * with a roastery and an office-coffee subscription. The same options always give the same
 * workspace: all randomness comes from the seed and all dates from the anchor date.
 *
 * @since 1.0
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class DemoWorkspace {

    /**
     * Size and determinism of a demo workspace.
     *
     * @param seed         seed of all random choices
     * @param posts        number of content items (each has one to four channel variants)
     * @param messages     number of inbox messages (at least one per thread; at least 200 threads)
     * @param observations number of metric observations (six months of daily account metrics,
     *                     then per-post series)
     * @param anchor       "today" of the demo: content spans six weeks before and after it,
     *                     metrics the six months before it
     */
    public record Options(long seed, int posts, int messages, int observations, LocalDate anchor) {

        /** Default seed. */
        public static final long DEFAULT_SEED = 20261126L;

        /**
         * The default demo size, anchored on a date.
         *
         * @param anchor the demo's today
         * @return options for about 90 posts, 1,000 messages and 25,000 observations
         */
        public static Options defaults(LocalDate anchor) {
            return new Options(DEFAULT_SEED, 90, 1000, 25_000, anchor);
        }
    }

    private static final String ZONE = "Europe/Paris"; //$NON-NLS-1$
    private static final String[] CHANNELS = { "instagram", "facebook", "linkedin", "mastodon" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String[] CHANNEL_NAMES = { "Instagram @emberandoak", "Facebook Ember & Oak", //$NON-NLS-1$ //$NON-NLS-2$
            "LinkedIn Ember & Oak for Offices", "Mastodon @emberandoak@social.coop" }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final String[] ACCOUNT_METRICS = { "followers", "followers_gained", "reach", "impressions", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "reactions", "comments", "shares", "clicks", "sessions", "conversions" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String[] POST_METRICS = { "impressions", "reach", "reactions", "comments", "shares", "clicks" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String[] ORIGINS = { "Huila, Colombia", "Yirgacheffe, Ethiopia", "Cerrado, Brazil", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "Nyeri, Kenya", "Antigua, Guatemala", "Sumatra, Indonesia" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String[] TOPICS = { "the autumn blend", "our new cold brew", "a V60 pour-over", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "the roastery open day", "latte art Friday", "compostable cups", "the office coffee box", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "our baristas' favourite beans", "the grinder guide", "the loyalty card" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String[] POSITIVE = { "Best flat white in town, thank you!", "Loved the open day, see you next time", //$NON-NLS-1$ //$NON-NLS-2$
            "The Kenya roast is stunning", "Our team is hooked on your office box", "So kind of the barista to help with my grinder" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String[] NEUTRAL = { "What time do you open on Sundays?", "Do you ship to Belgium?", //$NON-NLS-1$ //$NON-NLS-2$
            "Is the cold brew available in 1 L bottles?", "Can I change my subscription date?", "Which beans for espresso at home?" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String[] NEGATIVE = { "My order arrived two days late", "The queue at Bellecour was 20 minutes", //$NON-NLS-1$ //$NON-NLS-2$
            "The new cups leak", "Charged twice for my subscription!", "The oat milk surcharge is too high" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String[] REPLIES = { "Thank you so much, we'll tell the team!", "Sorry about that, we're on it. Could you DM us your order number?", //$NON-NLS-1$ //$NON-NLS-2$
            "We open at 9:00 on Sundays.", "Yes, we ship to Belgium within 3 days." }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final String[] FIRST_NAMES = { "Camille", "Léa", "Hugo", "Jules", "Inès", "Noah", "Chloé", "Lucas", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "Sarah", "Malik", "Emma", "Yanis" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String[] LAST_NAMES = { "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Garcia", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "Roux", "Fournier", "Nguyen", "Haddad" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final Options options;
    private final Random random;
    private final ZoneId zone = ZoneId.of(ZONE);
    private final Instant now;
    private final PlanFactory plans = PlanFactory.eINSTANCE;
    private final ContentFactory contents = ContentFactory.eINSTANCE;
    private final CommunityFactory communities = CommunityFactory.eINSTANCE;
    private final AnalyticsFactory analyticsFactory = AnalyticsFactory.eINSTANCE;

    private Plan plan;
    private final List<ChannelPresence> channels = new ArrayList<>();
    private final List<Persona> personas = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private final List<Campaign> campaigns = new ArrayList<>();
    private final List<ScheduledPublication> published = new ArrayList<>();

    private DemoWorkspace(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.now = options.anchor().atTime(12, 0).atZone(zone).toInstant();
    }

    /**
     * Generates a demo workspace in memory; call {@link ChorusWorkspace#save()} to write it.
     *
     * @param folder  the workspace folder
     * @param options size, seed and anchor date
     * @return the workspace
     */
    public static ChorusWorkspace generate(Path folder, Options options) {
        return new DemoWorkspace(options).build(folder);
    }

    private ChorusWorkspace build(Path folder) {
        ChorusWorkspace workspace = ChorusWorkspace.createEmpty(folder, "Ember & Oak Coffee Roasters", ZONE); //$NON-NLS-1$
        plan = workspace.plan();
        buildPlan();
        buildContent(workspace.content());
        buildCommunity(workspace.community());
        buildAnalytics(workspace.analytics());
        return workspace;
    }

    // ------------------------------------------------------------------ plan

    private void buildPlan() {
        LocalDate anchor = options.anchor();
        plan.setDescription("Social marketing plan for the next two quarters: grow awareness in Lyon and Grenoble, " //$NON-NLS-1$
                + "win back lapsed loyalty-card customers and open the office-coffee market."); //$NON-NLS-1$
        plan.setCurrency("EUR"); //$NON-NLS-1$
        plan.setStartDate(anchor.minusMonths(6));
        plan.setEndDate(anchor.plusMonths(6));
        plan.setApprovalRequired(true);
        Brand brand = plans.createBrand();
        brand.setId("brand"); //$NON-NLS-1$
        brand.setName("Ember & Oak"); //$NON-NLS-1$
        brand.setIdentity("Independent speciality roaster from Lyon since 2014: five cafés, one roastery, direct trade."); //$NON-NLS-1$
        brand.setValueProposition("Freshly roasted, traceable coffee, brewed by people who know your name."); //$NON-NLS-1$
        brand.setVoice("Warm, expert, never snobbish"); //$NON-NLS-1$
        brand.setToneGuidelines("Use 'we' and first names; explain jargon; one emoji at most; answer complaints within the hour."); //$NON-NLS-1$
        brand.getHashtags().addAll(List.of("#EmberAndOak", "#LyonCoffee", "#DirectTrade")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        plan.setBrand(brand);

        String[][] personaRows = {
                { "persona-commuter", "Morning commuter", "25-40, works in Part-Dieu, buys coffee on the way", "Fast service, good coffee", "Queues" }, //$NON-NLS-1$
                { "persona-homebrewer", "Home brewer", "28-55, owns a grinder, buys beans monthly", "Learn, discover origins", "Stale supermarket beans" }, //$NON-NLS-1$
                { "persona-office", "Office manager", "Manages a 20-200 person office", "Happy team, simple billing", "Bad office coffee, many suppliers" }, //$NON-NLS-1$
        };
        for (String[] row : personaRows) {
            Persona persona = plans.createPersona();
            persona.setId(row[0]);
            persona.setName(row[1]);
            persona.setDemographics(row[2]);
            persona.setNeeds(row[3]);
            persona.setPainPoints(row[4]);
            plan.getPersonas().add(persona);
            personas.add(persona);
        }
        Persona students = plans.createPersona();
        students.setId("persona-commuter-students"); //$NON-NLS-1$
        students.setName("Students"); //$NON-NLS-1$
        students.setDemographics("18-25, campus La Doua"); //$NON-NLS-1$
        personas.get(0).getSubTargets().add(students);

        ChallengeKind[] kinds = { ChallengeKind.WEAK_AWARENESS, ChallengeKind.FALLING_LOYALTY, ChallengeKind.DIFFICULT_SALES,
                ChallengeKind.POOR_TRAFFIC_SEO };
        String[] challengeTexts = { "Few people outside Lyon centre know the brand", "Loyalty-card visits fell 12% last year", //$NON-NLS-1$ //$NON-NLS-2$
                "Office subscriptions sell only by word of mouth", "The web shop gets little traffic from social" }; //$NON-NLS-1$ //$NON-NLS-2$
        List<Challenge> challenges = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            Challenge challenge = plans.createChallenge();
            challenge.setId("challenge-" + (i + 1)); //$NON-NLS-1$
            challenge.setKind(kinds[i]);
            challenge.setName(kinds[i].getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '));
            challenge.setDescription(challengeTexts[i]);
            challenge.setSeverity(3 + i % 2);
            plan.getChallenges().add(challenge);
            challenges.add(challenge);
        }

        for (int i = 0; i < CHANNELS.length; i++) {
            ChannelPresence channel = plans.createChannelPresence();
            channel.setId("channel-" + CHANNELS[i]); //$NON-NLS-1$
            channel.setName(CHANNEL_NAMES[i]);
            channel.setChannelTypeId("io.github.chorus.channel." + CHANNELS[i]); //$NON-NLS-1$
            channel.setAccountHandle("@emberandoak"); //$NON-NLS-1$
            channel.setAccountKey("account/" + CHANNELS[i] + "/emberandoak"); //$NON-NLS-1$ //$NON-NLS-2$
            channel.setRationale(switch (i) {
            case 0 -> "Where commuters and home brewers discover cafés"; //$NON-NLS-1$
            case 1 -> "Local community, events and reviews"; //$NON-NLS-1$
            case 2 -> "Reach office managers for subscriptions"; //$NON-NLS-1$
            default -> "Engaged, ad-free audience of coffee nerds"; //$NON-NLS-1$
            });
            channel.getPersonas().add(i == 2 ? personas.get(2) : personas.get(i % 2));
            plan.getChannels().add(channel);
            channels.add(channel);
        }

        Role[] roles = plan.getTeam().getRoles().toArray(new Role[0]);
        String[][] memberRows = { { "Amélie Durand", "STRATEGIST", "ADMIN" }, { "Thomas Leroy", "CONTENT_MANAGER" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                { "Nadia Benali", "COMMUNITY_MANAGER" }, { "Paul Petit", "CAMPAIGN_MANAGER" }, { "Julie Chen", "ANALYST" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { "Marc Oak", "APPROVER" } }; //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < memberRows.length; i++) {
            Member member = plans.createMember();
            member.setId("member-" + (i + 1)); //$NON-NLS-1$
            member.setName(memberRows[i][0]);
            member.setEmail(memberRows[i][0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@emberandoak.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (int r = 1; r < memberRows[i].length; r++) {
                RoleKind kind = RoleKind.valueOf(memberRows[i][r]);
                for (Role role : roles) {
                    if (role.getKind() == kind) {
                        member.getRoles().add(role);
                    }
                }
            }
            plan.getTeam().getMembers().add(member);
            members.add(member);
        }
        members.get(3).setTimeZone("Europe/Lisbon"); //$NON-NLS-1$

        String[] tagNames = { "seasonal", "b2b", "sustainability", "complaint", "praise", "question", "crisis" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        String[] colors = { "#d98e04", "#2f6690", "#3a7d44", "#c0392b", "#27ae60", "#8e44ad", "#000000" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        for (int i = 0; i < tagNames.length; i++) {
            Tag tag = plans.createTag();
            tag.setId("tag-" + tagNames[i]); //$NON-NLS-1$
            tag.setName(tagNames[i]);
            tag.setColor(colors[i]);
            plan.getTags().add(tag);
            tags.add(tag);
        }

        goals.add(goal("goal-awareness", "Grow brand awareness in Lyon and Grenoble", 1, challenges.get(0), members.get(0), //$NON-NLS-1$ //$NON-NLS-2$
                kpi("reach", channels.get(0), 40_000, 120_000, anchor.plusMonths(3)), //$NON-NLS-1$
                kpi("audience_growth", null, 1.5, 4.0, anchor.plusMonths(6)))); //$NON-NLS-1$
        goals.add(goal("goal-loyalty", "Win back lapsed loyalty-card customers", 2, challenges.get(1), members.get(2), //$NON-NLS-1$ //$NON-NLS-2$
                kpi("err", null, 2.1, 3.5, anchor.plusMonths(4)), //$NON-NLS-1$
                kpi("sentiment", null, 68, 80, anchor.plusMonths(6)), //$NON-NLS-1$
                kpi("response_time", null, 14_400, 3_600, anchor.plusMonths(2)))); //$NON-NLS-1$
        goals.add(goal("goal-offices", "Sell office-coffee subscriptions", 3, challenges.get(2), members.get(3), //$NON-NLS-1$ //$NON-NLS-2$
                kpi("cpl", channels.get(2), 45, 25, anchor.plusMonths(3)), //$NON-NLS-1$
                kpi("social_conversion", null, 0.8, 2.0, anchor.plusMonths(5)))); //$NON-NLS-1$
        goals.get(2).getChallenges().add(challenges.get(3));

        Budget media = budget("budget-media", "Paid social media", BudgetCategory.MEDIA, "12000", anchor.minusMonths(3), anchor.plusMonths(3)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        budget("budget-production", "Photo and video production", BudgetCategory.CONTENT_PRODUCTION, "6000", anchor.minusMonths(3), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                anchor.plusMonths(3));
        budget("budget-tools", "Tools", BudgetCategory.TOOLS, "1200", anchor.minusMonths(6), anchor.plusMonths(6)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        campaigns.add(campaign("campaign-autumn", "Autumn Blend launch", CampaignObjective.AWARENESS, CampaignStatus.ACTIVE, //$NON-NLS-1$ //$NON-NLS-2$
                anchor.minusDays(30), anchor.plusDays(30), "5000", media, goals.get(0), //$NON-NLS-1$
                List.of(channels.get(0), channels.get(1)), List.of(personas.get(0), personas.get(1))));
        campaigns.add(campaign("campaign-offices", "Office Coffee Box", CampaignObjective.LEAD_GENERATION, CampaignStatus.ACTIVE, //$NON-NLS-1$ //$NON-NLS-2$
                anchor.minusDays(45), anchor.plusDays(15), "3000", media, goals.get(2), //$NON-NLS-1$
                List.of(channels.get(2)), List.of(personas.get(2))));
    }

    private Goal goal(String id, String name, int priority, Challenge challenge, Member owner, Kpi... kpis) {
        Goal goal = plans.createGoal();
        goal.setId(id);
        goal.setName(name);
        goal.setPriority(priority);
        goal.getChallenges().add(challenge);
        goal.setOwner(owner);
        for (Kpi kpi : kpis) {
            kpi.setId(id + "-" + kpi.getDefinition().getKey().replace('_', '-')); //$NON-NLS-1$
            for (int i = 0; i < kpi.getTargets().size(); i++) {
                kpi.getTargets().get(i).setId(kpi.getId() + "-t" + (i + 1)); //$NON-NLS-1$
            }
            goal.getKpis().add(kpi);
        }
        plan.getGoals().add(goal);
        return goal;
    }

    private Kpi kpi(String key, ChannelPresence channel, double baseline, double value, LocalDate due) {
        Kpi kpi = plans.createKpi();
        kpi.setDefinition(kpiDefinition(key));
        kpi.setChannel(channel);
        kpi.setBaseline(baseline);
        Target midway = plans.createTarget();
        midway.setValue(baseline + (value - baseline) / 2);
        midway.setDueDate(options.anchor().plusDays(ChronoUnit.DAYS.between(options.anchor(), due) / 2 + 1));
        midway.setNote("Half way"); //$NON-NLS-1$
        Target target = plans.createTarget();
        target.setValue(value);
        target.setDueDate(due);
        kpi.getTargets().add(midway);
        kpi.getTargets().add(target);
        return kpi;
    }

    private KpiDefinition kpiDefinition(String key) {
        return plan.getKpiDefinitions().stream().filter(d -> key.equals(d.getKey())).findFirst().orElseThrow();
    }

    private MetricDefinition metric(String key) {
        return plan.getMetricDefinitions().stream().filter(d -> key.equals(d.getKey())).findFirst().orElseThrow();
    }

    private Budget budget(String id, String name, BudgetCategory category, String amount, LocalDate start, LocalDate end) {
        Budget budget = plans.createBudget();
        budget.setId(id);
        budget.setName(name);
        budget.setCategory(category);
        budget.setAmount(new BigDecimal(amount));
        budget.setPeriodStart(start);
        budget.setPeriodEnd(end);
        plan.getBudgets().add(budget);
        return budget;
    }

    private Campaign campaign(String id, String name, CampaignObjective objective, CampaignStatus status, LocalDate start,
            LocalDate end, String budget, Budget source, Goal goal, List<ChannelPresence> on, List<Persona> audience) {
        Campaign campaign = plans.createCampaign();
        campaign.setId(id);
        campaign.setName(name);
        campaign.setKind(CampaignKind.SPONSORED);
        campaign.setObjective(objective);
        campaign.setStatus(status);
        campaign.setFlightStart(start);
        campaign.setFlightEnd(end);
        campaign.setBudget(new BigDecimal(budget));
        campaign.setBudgetSource(source);
        campaign.getGoals().add(goal);
        campaign.getKpis().addAll(goal.getKpis());
        campaign.getChannels().addAll(on);
        campaign.getPersonas().addAll(audience);
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal daily = campaign.getBudget().divide(BigDecimal.valueOf(days), 2, RoundingMode.DOWN);
        int n = 0;
        for (LocalDate day = start; day.isBefore(options.anchor()); day = day.plusDays(1)) {
            SpendEntry entry = plans.createSpendEntry();
            entry.setId(id + "-spend-" + ++n); //$NON-NLS-1$
            entry.setDate(day);
            // pacing varies between 70% and 110% of the even daily budget
            entry.setAmount(daily.multiply(BigDecimal.valueOf(70 + random.nextInt(41))).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP));
            entry.setChannel(on.get(n % on.size()));
            campaign.getSpend().add(entry);
        }
        String[] results = objective == CampaignObjective.AWARENESS ? new String[] { "reach", "impressions" } //$NON-NLS-1$ //$NON-NLS-2$
                : new String[] { "leads", "clicks" }; //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < results.length; i++) {
            CampaignResult result = plans.createCampaignResult();
            result.setId(id + "-result-" + (i + 1)); //$NON-NLS-1$
            result.setMetric(metric(results[i]));
            result.setValue(objective == CampaignObjective.AWARENESS ? 50_000 + random.nextInt(50_000) : 20 + random.nextInt(60));
            result.setAsOf(options.anchor().minusDays(1));
            campaign.getResults().add(result);
        }
        plan.getCampaigns().add(campaign);
        return campaign;
    }

    // ------------------------------------------------------------------ content

    private void buildContent(ContentLibrary library) {
        library.setDescription("Editorial line of Ember & Oak"); //$NON-NLS-1$
        String[] pillarNames = { "Origins and sourcing", "Brewing tips", "Life in our cafés", "Coffee at the office" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        List<Pillar> pillars = new ArrayList<>();
        for (int i = 0; i < pillarNames.length; i++) {
            Pillar pillar = contents.createPillar();
            pillar.setId("pillar-" + (i + 1)); //$NON-NLS-1$
            pillar.setName(pillarNames[i]);
            library.getPillars().add(pillar);
            pillars.add(pillar);
        }
        UtmPreset preset = contents.createUtmPreset();
        preset.setId("utm-social"); //$NON-NLS-1$
        preset.setName("Organic social"); //$NON-NLS-1$
        preset.setUtmSource("{channel}"); //$NON-NLS-1$
        preset.setUtmMedium("social"); //$NON-NLS-1$
        preset.setUtmCampaign("{campaign}"); //$NON-NLS-1$
        library.getUtmPresets().add(preset);

        ContentType[] types = ContentType.values();
        PublicationState[] futureStates = { PublicationState.DRAFT, PublicationState.IN_REVIEW, PublicationState.APPROVED,
                PublicationState.SCHEDULED, PublicationState.SCHEDULED, PublicationState.SCHEDULED };
        long spanMinutes = 90L * 24 * 60;
        Instant start = now.minus(45, ChronoUnit.DAYS);
        int posts = options.posts();
        for (int p = 0; p < posts; p++) {
            ContentItem item = contents.createContentItem();
            item.setId("item-" + (p + 1)); //$NON-NLS-1$
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            ContentType type = types[random.nextInt(types.length)];
            item.setType(type);
            item.setName(capitalize(topic) + " (" + type.getLiteral().toLowerCase(Locale.ROOT) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            item.setIdea("Show " + topic + " through the eyes of our baristas"); //$NON-NLS-1$ //$NON-NLS-2$
            Pillar pillar = pillars.get(random.nextInt(pillars.size()));
            item.setPillar(pillar);
            Goal goal = pillar == pillars.get(3) ? goals.get(2) : goals.get(random.nextInt(2));
            item.getGoals().add(goal);
            item.getPersonas().add(pillar == pillars.get(3) ? personas.get(2) : personas.get(random.nextInt(2)));
            if (p % 9 == 0) {
                item.getPersonas().add(personas.get(0).getSubTargets().get(0));
            }
            if (goal == goals.get(0) && p % 3 == 0) {
                item.setCampaign(campaigns.get(0));
            } else if (goal == goals.get(2)) {
                item.setCampaign(campaigns.get(1));
            }
            item.getTags().add(tags.get(pillar == pillars.get(3) ? 1 : random.nextInt(3)));
            item.setOwner(members.get(1));
            Instant when = start.plus(spanMinutes * p / Math.max(1, posts) + random.nextInt(120), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.MINUTES);
            item.setCreatedAt(when.minus(5 + random.nextInt(10), ChronoUnit.DAYS));

            Asset asset = null;
            if (type == ContentType.IMAGE || type == ContentType.VIDEO || type == ContentType.CAROUSEL
                    || type == ContentType.STORY || type == ContentType.REEL) {
                asset = asset(library, p, type == ContentType.VIDEO || type == ContentType.REEL,
                        type == ContentType.STORY);
            }
            // Instagram only takes pictures, carousels, stories and reels: a social media manager
            // plans it only for items that have them.
            List<ChannelPresence> eligible = new ArrayList<>(channels);
            if (type != ContentType.IMAGE && type != ContentType.CAROUSEL && type != ContentType.STORY
                    && type != ContentType.REEL) {
                eligible.remove(channels.get(0));
            }
            int variantCount = 1 + random.nextInt(eligible.size());
            int firstChannel = pillar == pillars.get(3) ? eligible.indexOf(channels.get(2)) : random.nextInt(eligible.size());
            for (int v = 0; v < variantCount; v++) {
                ChannelPresence channel = eligible.get((firstChannel + v) % eligible.size());
                Variant variant = contents.createVariant();
                variant.setId(item.getId() + "-v" + (v + 1)); //$NON-NLS-1$
                variant.setChannel(channel);
                variant.setRevision(1 + random.nextInt(3));
                variant.setText(text(topic, channel, p));
                if (asset != null) {
                    variant.getMedia().add(asset);
                }
                if (type == ContentType.LINK || type == ContentType.ARTICLE || random.nextInt(4) == 0) {
                    variant.getLinks().add(link(variant, channel, item));
                }
                if (channel == channels.get(0) && random.nextBoolean()) {
                    variant.setFirstComment("Which origin should we roast next? " + String.join(" ", plan.getBrand().getHashtags())); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (channel == channels.get(3) && random.nextInt(3) == 0) {
                    ThreadPart part = contents.createThreadPart();
                    part.setId(variant.getId() + "-part1"); //$NON-NLS-1$
                    part.setText("2/ Grind size matters more than the beans' price: go coarser for French press."); //$NON-NLS-1$
                    variant.getThreadParts().add(part);
                }
                Instant at = when.plus(v * 30L, ChronoUnit.MINUTES);
                PublicationState state;
                if (at.isBefore(now.minus(1, ChronoUnit.HOURS))) {
                    int r = random.nextInt(20);
                    state = r == 0 ? PublicationState.FAILED : r == 1 ? PublicationState.CANCELLED : PublicationState.PUBLISHED;
                } else if (at.isBefore(now.plus(1, ChronoUnit.HOURS))) {
                    state = PublicationState.PUBLISHING;
                } else {
                    state = futureStates[random.nextInt(futureStates.length)];
                }
                variant.getPublications().add(publication(variant, at, state));
                item.getVariants().add(variant);
            }
            library.getItems().add(item);
        }
        ensurePublishing(library);
        addLocalFeed(library);
    }

    /**
     * The Local feed needs no network, so a new user can follow a post from plan to published
     * offline: the items of the last day and the coming two weeks also go to the Local feed,
     * approved and scheduled at the time of their first variant. Those already due are
     * published by the next {@code chorus publish --once} once a Local feed folder is connected.
     * It draws no random numbers, so the rest of the demo stays as it was.
     */
    private void addLocalFeed(ContentLibrary library) {
        ChannelPresence feed = plans.createChannelPresence();
        feed.setId("channel-local"); //$NON-NLS-1$
        feed.setName("Ember & Oak news feed"); //$NON-NLS-1$
        feed.setChannelTypeId("io.github.chorus.channel.local"); //$NON-NLS-1$
        feed.setRationale("Every post on our own site's news page, and a preview of the schedule without any account"); //$NON-NLS-1$
        feed.getPersonas().add(personas.get(0));
        plan.getChannels().add(feed);
        Instant from = now.minus(1, ChronoUnit.DAYS);
        Instant to = now.plus(14, ChronoUnit.DAYS);
        for (ContentItem item : library.getItems()) {
            Variant first = item.getVariants().get(0);
            Instant at = first.getPublications().isEmpty() ? null : first.getPublications().get(0).getScheduledAt();
            if (at == null || at.isBefore(from) || at.isAfter(to)) {
                continue;
            }
            Variant variant = contents.createVariant();
            variant.setId(item.getId() + "-local"); //$NON-NLS-1$
            variant.setChannel(feed);
            variant.setRevision(1);
            variant.setText(first.getText());
            variant.getMedia().addAll(first.getMedia());
            ScheduledPublication publication = contents.createScheduledPublication();
            publication.setId(variant.getId() + "-pub"); //$NON-NLS-1$
            publication.setState(PublicationState.SCHEDULED);
            publication.setTimeZone(ZONE);
            publication.setScheduledAt(at);
            Instant decided = at.minus(1, ChronoUnit.DAYS).isBefore(now) ? at.minus(1, ChronoUnit.DAYS) : now.minus(1, ChronoUnit.HOURS);
            publication.getApprovals().add(approval(publication, 1, ApprovalDecision.APPROVED, decided, null));
            variant.getPublications().add(publication);
            item.getVariants().add(variant);
        }
    }

    /**
     * Few posts fall in the hour around "now"; so that every state appears even in small
     * demos, the scheduled or published post closest to now is shown as being published.
     */
    private void ensurePublishing(ContentLibrary library) {
        ScheduledPublication closest = null;
        for (ContentItem item : library.getItems()) {
            for (Variant variant : item.getVariants()) {
                for (ScheduledPublication publication : variant.getPublications()) {
                    if (publication.getState() == PublicationState.PUBLISHING) {
                        return;
                    }
                    if ((publication.getState() == PublicationState.SCHEDULED
                            || publication.getState() == PublicationState.PUBLISHED)
                            && (closest == null || distanceToNow(publication) < distanceToNow(closest))) {
                        closest = publication;
                    }
                }
            }
        }
        if (closest == null) {
            return;
        }
        published.remove(closest);
        closest.setState(PublicationState.PUBLISHING);
        closest.setRemoteId(null);
        closest.setRemoteUrl(null);
        closest.setPublishedAt(null);
        closest.getAttempts().clear();
        attempt(closest, closest.getScheduledAt(), AttemptOutcome.TRANSIENT_ERROR);
    }

    private long distanceToNow(ScheduledPublication publication) {
        return Math.abs(ChronoUnit.SECONDS.between(now, publication.getScheduledAt()));
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String text(String topic, ChannelPresence channel, int index) {
        String origin = ORIGINS[index % ORIGINS.length];
        if (channel == channels.get(2)) {
            return "Good coffee keeps teams together. This month our office box features " + topic + " with beans from " //$NON-NLS-1$ //$NON-NLS-2$
                    + origin + ". Free tasting for your team: book a slot."; //$NON-NLS-1$
        }
        if (channel == channels.get(3)) {
            return "Let's talk about " + topic + ": beans from " + origin + ", roasted on Tuesday in Lyon. #coffee"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return capitalize(topic) + " is here! Roasted this week with beans from " + origin + ". " //$NON-NLS-1$ //$NON-NLS-2$
                + String.join(" ", plan.getBrand().getHashtags()); //$NON-NLS-1$
    }

    private Asset asset(ContentLibrary library, int index, boolean video, boolean story) {
        Asset asset = contents.createAsset();
        asset.setId("asset-" + (index + 1)); //$NON-NLS-1$
        asset.setName((video ? "video-" : "photo-") + (index + 1)); //$NON-NLS-1$ //$NON-NLS-2$
        asset.setUri("assets/" + asset.getName() + (video ? ".mp4" : ".jpg")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        asset.setMimeType(video ? "video/mp4" : "image/jpeg"); //$NON-NLS-1$ //$NON-NLS-2$
        asset.setWidth(1080);
        asset.setHeight(video || story ? 1920 : 1350); // 9:16 for reels and stories, 4:5 for feed pictures
        asset.setSizeBytes(video ? 8_000_000L + random.nextInt(20_000_000) : 400_000L + random.nextInt(2_000_000));
        if (video) {
            asset.setDurationMillis(15_000L + random.nextInt(75_000));
        }
        asset.setAltText(video ? "Barista pouring a latte in slow motion" : "Freshly roasted beans on a wooden table"); //$NON-NLS-1$ //$NON-NLS-2$
        asset.setSha256(String.format("%064x", random.nextLong() & Long.MAX_VALUE)); //$NON-NLS-1$
        library.getAssets().add(asset);
        return asset;
    }

    private TrackedLink link(Variant variant, ChannelPresence channel, ContentItem item) {
        TrackedLink link = contents.createTrackedLink();
        link.setId(variant.getId() + "-link"); //$NON-NLS-1$
        link.setUrl(item.getCampaign() == campaigns.get(1) ? "https://emberandoak.example/office-box" : "https://emberandoak.example/shop"); //$NON-NLS-1$ //$NON-NLS-2$
        link.setUtmSource(channel.getChannelTypeId().substring(channel.getChannelTypeId().lastIndexOf('.') + 1));
        link.setUtmMedium("social"); //$NON-NLS-1$
        link.setUtmCampaign(item.getCampaign() == null ? "always-on" : item.getCampaign().getId()); //$NON-NLS-1$
        link.setUtmContent(item.getId());
        return link;
    }

    private ScheduledPublication publication(Variant variant, Instant at, PublicationState state) {
        ScheduledPublication publication = contents.createScheduledPublication();
        publication.setId(variant.getId() + "-pub"); //$NON-NLS-1$
        publication.setState(state);
        publication.setTimeZone(ZONE);
        if (state != PublicationState.DRAFT || random.nextBoolean()) {
            publication.setScheduledAt(at);
        }
        Instant decided = at.minus(1 + random.nextInt(48), ChronoUnit.HOURS);
        switch (state) {
        case IN_REVIEW -> {
            if (random.nextBoolean()) {
                publication.getApprovals().add(approval(publication, variant.getRevision() - 1 > 0 ? variant.getRevision() - 1 : 1,
                        ApprovalDecision.CHANGES_REQUESTED, decided.minus(1, ChronoUnit.DAYS), "Shorter, please")); //$NON-NLS-1$
            }
        }
        case APPROVED, SCHEDULED, PUBLISHING, PUBLISHED, FAILED -> publication.getApprovals()
                .add(approval(publication, variant.getRevision(), ApprovalDecision.APPROVED, decided, null));
        default -> {
            // drafts and cancelled posts need no approval
        }
        }
        if (state == PublicationState.PUBLISHED) {
            PublishAttempt attempt = attempt(publication, at, random.nextInt(10) == 0 ? AttemptOutcome.RATE_LIMITED : AttemptOutcome.SUCCESS);
            if (attempt.getOutcome() != AttemptOutcome.SUCCESS) {
                attempt(publication, at.plus(5, ChronoUnit.MINUTES), AttemptOutcome.SUCCESS);
            }
            PublishAttempt success = publication.getAttempts().get(publication.getAttempts().size() - 1);
            publication.setRemoteId(success.getRemoteId());
            publication.setRemoteUrl(success.getRemoteUrl());
            publication.setPublishedAt(success.getStartedAt());
            published.add(publication);
        } else if (state == PublicationState.FAILED) {
            attempt(publication, at, AttemptOutcome.TRANSIENT_ERROR);
            attempt(publication, at.plus(5, ChronoUnit.MINUTES), AttemptOutcome.AUTH_ERROR);
        } else if (state == PublicationState.PUBLISHING) {
            attempt(publication, at, AttemptOutcome.TRANSIENT_ERROR);
        }
        return publication;
    }

    private Approval approval(ScheduledPublication publication, int revision, ApprovalDecision decision, Instant at, String comment) {
        Approval approval = contents.createApproval();
        approval.setId(publication.getId() + "-a" + (publication.getApprovals().size() + 1)); //$NON-NLS-1$
        approval.setApprover(members.get(5));
        approval.setDecision(decision);
        approval.setVariantRevision(revision);
        approval.setDecidedAt(at);
        approval.setComment(comment);
        return approval;
    }

    private PublishAttempt attempt(ScheduledPublication publication, Instant at, AttemptOutcome outcome) {
        PublishAttempt attempt = contents.createPublishAttempt();
        attempt.setId(publication.getId() + "-try" + (publication.getAttempts().size() + 1)); //$NON-NLS-1$
        attempt.setStartedAt(at);
        attempt.setOutcome(outcome);
        if (outcome == AttemptOutcome.SUCCESS) {
            String remote = Long.toString(100_000_000L + random.nextInt(900_000_000));
            attempt.setRemoteId(remote);
            attempt.setRemoteUrl("https://social.example/emberandoak/" + remote); //$NON-NLS-1$
            attempt.setMessage("published"); //$NON-NLS-1$
        } else {
            attempt.setMessage(switch (outcome) {
            case RATE_LIMITED -> "429 Too Many Requests, retry after 300 s"; //$NON-NLS-1$
            case AUTH_ERROR -> "401 token expired: the account must be re-authorised"; //$NON-NLS-1$
            default -> "503 Service Unavailable"; //$NON-NLS-1$
            });
        }
        publication.getAttempts().add(attempt);
        return attempt;
    }

    // ------------------------------------------------------------------ community

    private void buildCommunity(Inbox inbox) {
        inbox.setDescription("All channels"); //$NON-NLS-1$
        String[][] templates = { { "Thanks", "Thank you {first name}, that made our day! ☕" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "Late order", "Sorry {first name}, could you DM us your order number? We'll fix it today." }, //$NON-NLS-1$ //$NON-NLS-2$
                { "Opening hours", "Our cafés open 7:30-19:00 on weekdays and 9:00-18:00 on weekends." }, //$NON-NLS-1$ //$NON-NLS-2$
                { "Office box", "Our office box starts at 49 EUR a month; may our team call you?" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "Escalation", "We've passed this on to our manager, who will contact you within 24 h." } }; //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < templates.length; i++) {
            ReplyTemplate template = communities.createReplyTemplate();
            template.setId("template-" + (i + 1)); //$NON-NLS-1$
            template.setName(templates[i][0]);
            template.setText(templates[i][1]);
            template.setLocale("en"); //$NON-NLS-1$
            inbox.getTemplates().add(template);
        }
        for (int i = 0; i < channels.size(); i++) {
            ResponseTarget target = communities.createResponseTarget();
            target.setId("response-" + CHANNELS[i]); //$NON-NLS-1$
            target.setChannel(channels.get(i));
            target.setFirstResponseMinutes(i == 2 ? 240 : 60);
            target.setBusinessHoursOnly(i == 2);
            inbox.getResponseTargets().add(target);
        }
        int threads = Math.max(200, Math.min(options.messages(), Math.max(240, options.messages() / 5)));
        int contactsCount = Math.max(50, threads / 2);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < contactsCount; i++) {
            Contact contact = communities.createContact();
            contact.setId("contact-" + (i + 1)); //$NON-NLS-1$
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            contact.setName(first + " " + last); //$NON-NLS-1$
            ChannelPresence channel = channels.get(i % channels.size());
            contact.setChannel(channel);
            contact.setHandle("@" + first.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "_" + (i + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            contact.setRemoteId(Integer.toString(500_000 + i));
            if (channel == channels.get(2)) {
                contact.setPersona(personas.get(2));
            }
            contacts.add(contact);
            inbox.getContacts().add(contact);
        }
        ThreadStatus[] statuses = ThreadStatus.values();
        PublishedIndex commented = new PublishedIndex(published);
        int messages = Math.max(threads, options.messages());
        int messageNumber = 0;
        Instant first = now.minus(90, ChronoUnit.DAYS);
        for (int t = 0; t < threads; t++) {
            MessageThread thread = communities.createMessageThread();
            thread.setId("thread-" + (t + 1)); //$NON-NLS-1$
            Contact contact = contacts.get(random.nextInt(contacts.size()));
            thread.setChannel(contact.getChannel());
            thread.setKind(ThreadKind.values()[random.nextInt(ThreadKind.values().length)]);
            ThreadStatus status = statuses[t % statuses.length];
            thread.setStatus(status);
            thread.setRemoteId(Integer.toString(900_000 + t));
            Instant opened = first.plus(90L * 24 * 60 * t / threads + random.nextInt(600), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.SECONDS);
            thread.setOpenedAt(opened);
            if (status == ThreadStatus.ASSIGNED || status == ThreadStatus.ESCALATED || status == ThreadStatus.ANSWERED
                    || random.nextInt(3) == 0) {
                thread.setAssignee(members.get(status == ThreadStatus.ESCALATED ? 0 : 2));
            }
            if (thread.getKind() == ThreadKind.COMMENTS) {
                ScheduledPublication publication = commented.lastBefore(thread.getChannel(), opened);
                if (publication != null) {
                    thread.setPublication(publication);
                }
            }
            int sentimentKind = random.nextInt(10); // 0-3 positive, 4-6 neutral, 7-9 negative
            String[] pool = sentimentKind < 4 ? POSITIVE : sentimentKind < 7 ? NEUTRAL : NEGATIVE;
            thread.setSubject(pool[random.nextInt(pool.length)]);
            thread.getTags().add(tags.get(sentimentKind < 4 ? 4 : sentimentKind < 7 ? 5 : 3));
            if (status == ThreadStatus.ESCALATED) {
                thread.getTags().add(tags.get(6));
            }
            int count = messages / threads + (t < messages % threads ? 1 : 0);
            Instant at = opened;
            for (int m = 0; m < count; m++) {
                Message message = communities.createMessage();
                message.setId("msg-" + ++messageNumber); //$NON-NLS-1$
                boolean inbound = m % 2 == 0 || status == ThreadStatus.NEW || status == ThreadStatus.WAITING && m == count - 1;
                message.setDirection(inbound ? MessageDirection.INBOUND : MessageDirection.OUTBOUND);
                message.setSentAt(at);
                message.setRemoteId(Integer.toString(2_000_000 + messageNumber));
                if (inbound) {
                    message.setAuthor(contact);
                    message.setText(m == 0 ? thread.getSubject() : pool[random.nextInt(pool.length)]);
                    float base = sentimentKind < 4 ? 0.6f : sentimentKind < 7 ? 0f : -0.6f;
                    message.setSentiment(Math.max(-1f, Math.min(1f, base + (random.nextInt(41) - 20) / 100f)));
                } else {
                    message.setSender(thread.getAssignee() != null ? thread.getAssignee() : members.get(2));
                    message.setText(REPLIES[sentimentKind < 4 ? 0 : sentimentKind < 7 ? 2 + random.nextInt(2) : 1]);
                    message.setSentiment(0.3f);
                }
                message.setHidden(!inbound ? false : sentimentKind == 9 && random.nextInt(8) == 0);
                thread.getMessages().add(message);
                at = at.plus(5 + random.nextInt(240), ChronoUnit.MINUTES);
            }
            inbox.getThreads().add(thread);
        }
        int leadNumber = 0;
        for (MessageThread thread : inbox.getThreads()) {
            Contact contact = thread.getMessages().get(0).getAuthor();
            if (thread.getChannel() != channels.get(2) || contact == null || leadNumber >= 15) {
                continue;
            }
            Lead lead = communities.createLead();
            lead.setId("lead-" + ++leadNumber); //$NON-NLS-1$
            lead.setContact(contact);
            lead.setSourceThread(thread);
            lead.setCampaign(campaigns.get(1));
            lead.setQualification(LeadQualification.values()[leadNumber % LeadQualification.values().length]);
            HandoffState handoff = HandoffState.values()[leadNumber % HandoffState.values().length];
            lead.setHandoff(handoff);
            if (handoff != HandoffState.NOT_HANDED_OFF) {
                lead.setSalesOwner("Karim Aït (sales)"); //$NON-NLS-1$
            }
            lead.setOwner(members.get(2));
            lead.setCreatedAt(thread.getOpenedAt().plus(1, ChronoUnit.DAYS));
            lead.setEstimatedValue(BigDecimal.valueOf(49L * 12 * (1 + random.nextInt(8))));
            lead.setNotes("Office of about " + (20 + random.nextInt(180)) + " people"); //$NON-NLS-1$ //$NON-NLS-2$
            inbox.getLeads().add(lead);
        }
    }

    // ------------------------------------------------------------------ analytics

    private void buildAnalytics(AnalyticsStore store) {
        ImportRecord fetch = analyticsFactory.createImportRecord();
        fetch.setId("import-fetch"); //$NON-NLS-1$
        fetch.setKind(SourceKind.CHANNEL_FETCH);
        fetch.setOrigin("io.github.chorus.channels"); //$NON-NLS-1$
        fetch.setImportedAt(now.minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        store.getImports().add(fetch);
        ImportRecord csv = analyticsFactory.createImportRecord();
        csv.setId("import-csv"); //$NON-NLS-1$
        csv.setKind(SourceKind.FILE_IMPORT);
        csv.setOrigin("linkedin-page-analytics.csv"); //$NON-NLS-1$
        csv.setImportedAt(now.minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        store.getImports().add(csv);

        int budget = options.observations();
        int accountSeries = channels.size() * ACCOUNT_METRICS.length;
        int days = Math.max(1, Math.min(183, budget / accountSeries));
        long firstDay = options.anchor().minusDays(days).atStartOfDay(zone).toEpochSecond();
        for (ChannelPresence channel : channels) {
            double followers = 2_000 + random.nextInt(8_000);
            for (String key : ACCOUNT_METRICS) {
                long[] times = new long[days];
                double[] values = new double[days];
                for (int d = 0; d < days; d++) {
                    times[d] = firstDay + d * 86_400L;
                    double gained = Math.round(random.nextGaussian() * 8 + 12);
                    values[d] = switch (key) {
                    case "followers" -> followers += gained; //$NON-NLS-1$
                    case "followers_gained" -> gained; //$NON-NLS-1$
                    case "reach" -> Math.round(followers * (0.2 + random.nextDouble() * 0.3)); //$NON-NLS-1$
                    case "impressions" -> Math.round(followers * (0.4 + random.nextDouble() * 0.6)); //$NON-NLS-1$
                    case "reactions" -> Math.round(followers * 0.01 * (0.5 + random.nextDouble())); //$NON-NLS-1$
                    case "sessions" -> Math.round(followers * 0.002 * (0.5 + random.nextDouble()) * 10) / 10.0; //$NON-NLS-1$
                    default -> random.nextInt(40);
                    };
                }
                store.getSeries().add(series(channel, null, key, channel == channels.get(2) ? csv : fetch, times, values));
            }
        }
        budget -= accountSeries * days;
        if (budget <= 0 || published.isEmpty()) {
            return;
        }
        int postSeries = published.size() * POST_METRICS.length;
        int seriesCount = Math.min(postSeries, budget);
        int base = budget / seriesCount;
        int extra = budget % seriesCount;
        int made = 0;
        for (ScheduledPublication publication : published) {
            ChannelPresence channel = ((Variant) publication.eContainer()).getChannel();
            long start = publication.getPublishedAt().getEpochSecond();
            for (String key : POST_METRICS) {
                if (made >= seriesCount) {
                    return;
                }
                int samples = base + (made++ < extra ? 1 : 0);
                long step = Math.max(60, 7 * 86_400L / samples); // spread over the first week
                long[] times = new long[samples];
                double[] values = new double[samples];
                double total = 0;
                for (int s = 0; s < samples; s++) {
                    times[s] = start + (s + 1) * step;
                    total += random.nextInt(key.equals("impressions") ? 200 : key.equals("reach") ? 120 : 8); //$NON-NLS-1$ //$NON-NLS-2$
                    values[s] = total;
                }
                store.getSeries().add(series(channel, publication, key, fetch, times, values));
            }
        }
    }

    private MetricSeries series(ChannelPresence channel, ScheduledPublication subject, String key, ImportRecord source,
            long[] times, double[] values) {
        MetricSeries series = analyticsFactory.createMetricSeries();
        series.setId((subject == null ? channel.getId() : subject.getId()) + "-" + key.replace('_', '-')); //$NON-NLS-1$
        series.setChannel(channel);
        series.setSubject(subject);
        series.setMetric(metric(key));
        series.setSource(source);
        series.setObservations(ObservationBlock.of(times, values));
        return series;
    }

    /**
     * The published posts of each channel, to find the one a comment thread is about without
     * scanning them all for every thread (the agency scale has 200,000 threads and as many posts).
     * The answer is the one the plain scan gave: among the channel's posts published before the
     * given time, the last in the order they were published in the generator.
     */
    private static final class PublishedIndex {
        private final List<ScheduledPublication> published;
        private final Map<ChannelPresence, List<ScheduledPublication>> byTime = new HashMap<>();
        private final Map<ChannelPresence, int[]> latestOrder = new HashMap<>();

        PublishedIndex(List<ScheduledPublication> published) {
            Map<ChannelPresence, List<Integer>> positions = new HashMap<>();
            for (int i = 0; i < published.size(); i++) {
                ChannelPresence channel = ((Variant) published.get(i).eContainer()).getChannel();
                positions.computeIfAbsent(channel, c -> new ArrayList<>()).add(i);
            }
            positions.forEach((channel, indices) -> {
                indices.sort(Comparator.comparing((Integer i) -> published.get(i).getPublishedAt()));
                List<ScheduledPublication> sorted = new ArrayList<>(indices.size());
                int[] latest = new int[indices.size()];
                int max = -1;
                for (int k = 0; k < indices.size(); k++) {
                    sorted.add(published.get(indices.get(k)));
                    max = Math.max(max, indices.get(k));
                    latest[k] = max;
                }
                byTime.put(channel, sorted);
                latestOrder.put(channel, latest);
            });
            this.published = published;
        }

        ScheduledPublication lastBefore(ChannelPresence channel, Instant time) {
            List<ScheduledPublication> sorted = byTime.get(channel);
            if (sorted == null) {
                return null;
            }
            int low = 0;
            int high = sorted.size(); // first index whose time is not before the given time
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted.get(middle).getPublishedAt().isBefore(time)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low == 0 ? null : published.get(latestOrder.get(channel)[low - 1]);
        }
    }
}
