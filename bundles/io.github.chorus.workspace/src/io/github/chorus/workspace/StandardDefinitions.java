// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

import java.util.HashMap;
import java.util.Map;

import io.github.chorus.plan.model.Aggregation;
import io.github.chorus.plan.model.KpiDefinition;
import io.github.chorus.plan.model.KpiDirection;
import io.github.chorus.plan.model.KpiUnit;
import io.github.chorus.plan.model.MetricDefinition;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.formula.KpiFormula;

/**
 * The metric and KPI definitions every new plan starts with (see the KPI reference of the
 * product). They are ordinary model objects: users can read and edit every formula.
 *
 * @since 1.0
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class StandardDefinitions {

    private static final String[][] METRICS = {
            // key, name, unit, aggregation, note
            { "followers", "Followers", "COUNT", "LAST", "Audience size on the day" }, //$NON-NLS-1$
            { "followers_gained", "Net new followers", "COUNT", "SUM", "Follows minus unfollows" }, //$NON-NLS-1$
            { "reach", "Reach", "COUNT", "SUM", "Unique accounts that saw the content" }, //$NON-NLS-1$
            { "impressions", "Impressions", "COUNT", "SUM", "Total displays, repeats included" }, //$NON-NLS-1$
            { "reactions", "Reactions", "COUNT", "SUM", "Likes, favourites and other reactions" }, //$NON-NLS-1$
            { "comments", "Comments", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "shares", "Shares", "COUNT", "SUM", "Shares, reposts, boosts" }, //$NON-NLS-1$
            { "saves", "Saves", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "clicks", "Clicks", "COUNT", "SUM", "Link clicks" }, //$NON-NLS-1$
            { "video_views", "Video views", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "posts", "Posts published", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "sessions", "Sessions from social", "COUNT", "SUM", "Web sessions with utm_medium=social" }, //$NON-NLS-1$
            { "engaged_sessions", "Engaged sessions", "COUNT", "SUM", "GA4 engaged sessions" }, //$NON-NLS-1$
            { "conversions", "Conversions", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "revenue", "Revenue", "CURRENCY", "SUM", "Attributed revenue" }, //$NON-NLS-1$
            { "cost", "Cost", "CURRENCY", "SUM", "Media, people and tool cost" }, //$NON-NLS-1$
            { "leads", "Leads", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "hides", "Hides", "COUNT", "SUM", "Negative feedback: hide and hide all" }, //$NON-NLS-1$
            { "unfollows", "Unfollows", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "reports", "Reports", "COUNT", "SUM", "Spam and abuse reports" }, //$NON-NLS-1$
            { "negative_comments", "Negative comments", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "mentions", "Brand mentions", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "competitor_mentions", "Competitor mentions", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "positive_messages", "Positive messages", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "negative_messages", "Negative messages", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "messages_received", "Conversations needing a reply", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "messages_answered", "Conversations answered", "COUNT", "SUM", "" }, //$NON-NLS-1$
            { "first_response_seconds", "First response time (sum)", "SECONDS", "SUM", //$NON-NLS-1$
                    "Sum of first-reply delays; divide by answered conversations" },
    };

    private static final String[][] KPIS = {
            // key, name, formula, unit, direction
            { "reach", "Reach", "reach", "COUNT", "H" }, //$NON-NLS-1$
            { "impressions", "Impressions", "impressions", "COUNT", "H" }, //$NON-NLS-1$
            { "leads", "Leads", "leads", "COUNT", "H" }, //$NON-NLS-1$
            { "err", "Engagement rate by reach", "(reactions + comments + shares + saves + clicks) / reach * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "er_impressions", "Engagement rate by impressions", "(reactions + comments + shares + saves + clicks) / impressions * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "er_followers", "Engagement rate by followers", "(reactions + comments + shares + saves + clicks) / followers * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "conversation_rate", "Conversation rate", "comments / posts", "RATIO", "H" }, //$NON-NLS-1$
            { "amplification_rate", "Amplification rate", "shares / posts", "RATIO", "H" }, //$NON-NLS-1$
            { "applause_rate", "Applause rate", "reactions / posts", "RATIO", "H" }, //$NON-NLS-1$
            { "frequency", "Frequency", "impressions / reach", "RATIO", "H" }, //$NON-NLS-1$
            { "audience_growth", "Audience growth rate", "followers_gained / (followers - followers_gained) * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "ctr", "Click-through rate", "clicks / impressions * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "cpm", "Cost per mille", "cost / impressions * 1000", "CURRENCY", "L" }, //$NON-NLS-1$
            { "cpc", "Cost per click", "cost / clicks", "CURRENCY", "L" }, //$NON-NLS-1$
            { "cpl", "Cost per lead", "cost / leads", "CURRENCY", "L" }, //$NON-NLS-1$
            { "cvr", "Conversion rate", "conversions / clicks * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "roas", "Return on ad spend", "revenue / cost", "RATIO", "H" }, //$NON-NLS-1$
            { "roi", "Return on investment", "(revenue - cost) / cost * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "bounce_rate", "Bounce rate (GA4)", "(sessions - engaged_sessions) / sessions * 100", "PERCENT", "L" }, //$NON-NLS-1$
            { "social_conversion", "Landing-page conversion from social", "conversions / sessions * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "share_of_voice", "Share of voice", "mentions / (mentions + competitor_mentions) * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "sentiment", "Sentiment score", "positive_messages / (positive_messages + negative_messages) * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "net_sentiment", "Net sentiment", "(positive_messages - negative_messages) / (positive_messages + negative_messages) * 100", "PERCENT", "H" }, //$NON-NLS-1$
            { "negative_feedback_rate", "Negative feedback rate", "(hides + unfollows + reports + negative_comments) / reach * 100", "PERCENT", "L" }, //$NON-NLS-1$
            { "response_time", "Average first response time", "first_response_seconds / messages_answered", "SECONDS", "L" }, //$NON-NLS-1$
            { "response_rate", "Response rate", "messages_answered / messages_received * 100", "PERCENT", "H" }, //$NON-NLS-1$
    };

    private StandardDefinitions() {
    }

    /**
     * Adds the standard metric and KPI definitions to a plan (ids {@code metric-<key>} and
     * {@code kpidef-<key>}).
     *
     * @param plan the plan
     */
    public static void addTo(Plan plan) {
        PlanFactory factory = PlanFactory.eINSTANCE;
        Map<String, MetricDefinition> metrics = new HashMap<>();
        for (String[] row : METRICS) {
            MetricDefinition metric = factory.createMetricDefinition();
            metric.setId("metric-" + row[0]); //$NON-NLS-1$
            metric.setKey(row[0]);
            metric.setName(row[1]);
            metric.setUnit(KpiUnit.valueOf(row[2]));
            metric.setAggregation(Aggregation.valueOf(row[3]));
            if (!row[4].isEmpty()) {
                metric.setDefinitionNote(row[4]);
            }
            plan.getMetricDefinitions().add(metric);
            metrics.put(row[0], metric);
        }
        for (String[] row : KPIS) {
            KpiDefinition kpi = factory.createKpiDefinition();
            kpi.setId("kpidef-" + row[0]); //$NON-NLS-1$
            kpi.setKey(row[0]);
            kpi.setName(row[1]);
            kpi.setFormula(row[2]);
            kpi.setUnit(KpiUnit.valueOf(row[3]));
            kpi.setDirection("H".equals(row[4]) ? KpiDirection.HIGHER_IS_BETTER : KpiDirection.LOWER_IS_BETTER); //$NON-NLS-1$
            kpi.setBuiltIn(true);
            for (String key : KpiFormula.parse(row[2]).variables()) {
                kpi.getInputs().add(metrics.get(key));
            }
            plan.getKpiDefinitions().add(kpi);
        }
    }
}
