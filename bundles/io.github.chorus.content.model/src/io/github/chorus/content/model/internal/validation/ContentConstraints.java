// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.model.internal.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import io.github.chorus.content.model.Approval;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.TrackedLink;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.internal.validation.PlanConstraints;
import io.github.chorus.plan.model.validation.ChorusDiagnostics;
import io.github.chorus.plan.model.validation.IConstraintContributor;
import io.github.chorus.plan.model.validation.ValidationContext;

/** Bodies of the invariants of the content model (called from the generated code). */
public final class ContentConstraints {

    /** States in which a publication is committed to a time and, if required, approved. */
    public static final Set<PublicationState> COMMITTED = EnumSet.of(PublicationState.SCHEDULED,
            PublicationState.PUBLISHING, PublicationState.PUBLISHED);

    private ContentConstraints() {
    }

    public static boolean servesAGoal(ContentItem item, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (item.getGoals().isEmpty()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "contentitem.goal", item, //$NON-NLS-1$
                    "the content serves no goal of the plan"); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean hasTextOrMedia(Variant variant, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if ((variant.getText() == null || variant.getText().isBlank()) && variant.getMedia().isEmpty()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "variant.empty", variant, //$NON-NLS-1$
                    "the variant" + channelSuffix(variant) + " has neither text nor media"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    private static String channelSuffix(Variant variant) {
        ChannelPresence channel = variant.getChannel();
        return channel == null || channel.eIsProxy() ? "" : " for " + channel.getName(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static boolean satisfiesChannelRules(Variant variant, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean valid = true;
        for (IConstraintContributor contributor : ValidationContext.contributors(context)) {
            valid &= contributor.validate(variant, diagnostics, context);
        }
        return valid;
    }

    public static boolean hasValidUrl(TrackedLink link, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String url = link.getUrl();
        try {
            URI uri = new URI(url == null ? "" : url); //$NON-NLS-1$
            if (!uri.isAbsolute() || !Set.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
                return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "link.url", link, //$NON-NLS-1$
                        "'" + url + "' is not an absolute http(s) URL"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (URISyntaxException e) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "link.url", link, //$NON-NLS-1$
                    "'" + url + "' is not a URL: " + e.getReason()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean any = isSet(link.getUtmSource()) || isSet(link.getUtmMedium()) || isSet(link.getUtmCampaign())
                || isSet(link.getUtmTerm()) || isSet(link.getUtmContent());
        boolean core = isSet(link.getUtmSource()) && isSet(link.getUtmMedium()) && isSet(link.getUtmCampaign());
        if (any && !core) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "link.utm", link, //$NON-NLS-1$
                    "UTM tags are incomplete: utm_source, utm_medium and utm_campaign go together"); //$NON-NLS-1$
        }
        return true;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    public static boolean hasMimeTypeAndAltText(Asset asset, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!isSet(asset.getMimeType())) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "asset.mimetype", asset, //$NON-NLS-1$
                    "the asset has no mime type"); //$NON-NLS-1$
        }
        if (asset.getMimeType().startsWith("image/") && !isSet(asset.getAltText())) { //$NON-NLS-1$
            return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "asset.alttext", asset, //$NON-NLS-1$
                    "the image has no alt text"); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean hasTimeZone(ScheduledPublication publication, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean needsZone = publication.getScheduledAt() != null || COMMITTED.contains(publication.getState());
        String zone = publication.getTimeZone();
        if (needsZone && !isSet(zone)) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "publication.timezone", publication, //$NON-NLS-1$
                    "the publication" + where(publication) + " has no time zone"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (isSet(zone) && !PlanConstraints.isIanaZone(zone)) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "publication.timezone", publication, //$NON-NLS-1$
                    "'" + zone + "' is not an IANA time zone"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    public static boolean hasScheduleWhenScheduled(ScheduledPublication publication, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (COMMITTED.contains(publication.getState()) && publication.getScheduledAt() == null) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "publication.time", publication, //$NON-NLS-1$
                    "the publication is " + publication.getState() + " but has no time"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    public static boolean isApprovedWhenScheduled(ScheduledPublication publication, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!COMMITTED.contains(publication.getState()) && publication.getState() != PublicationState.APPROVED) {
            return true;
        }
        Variant variant = publication.eContainer() instanceof Variant v ? v : null;
        if (variant == null || !approvalRequired(variant)) {
            return true;
        }
        Approval latest = null;
        for (Approval approval : publication.getApprovals()) {
            if (approval.getVariantRevision() == variant.getRevision()
                    && (latest == null || approval.getDecidedAt() != null && latest.getDecidedAt() != null
                            && approval.getDecidedAt().isAfter(latest.getDecidedAt()))) {
                latest = approval;
            }
        }
        if (latest == null || latest.getDecision() != ApprovalDecision.APPROVED) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "publication.approval", publication, //$NON-NLS-1$
                    "the publication" + where(publication) + " is " + publication.getState() //$NON-NLS-1$ //$NON-NLS-2$
                            + " without an approval of revision " + variant.getRevision() + " of its variant"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    /** Approval is required unless the plan (found through the variant's channel) says otherwise. */
    private static boolean approvalRequired(Variant variant) {
        ChannelPresence channel = variant.getChannel();
        Plan plan = channel == null || channel.eIsProxy() ? null : PlanConstraints.planOf(channel);
        return plan == null || plan.isApprovalRequired();
    }

    private static String where(ScheduledPublication publication) {
        EObject variant = publication.eContainer();
        EObject item = variant == null ? null : variant.eContainer();
        return item instanceof ContentItem content ? " of '" + content.getName() + "'" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
