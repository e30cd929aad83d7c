// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.community.model.internal.validation;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import io.github.chorus.community.model.HandoffState;
import io.github.chorus.community.model.Lead;
import io.github.chorus.community.model.Message;
import io.github.chorus.community.model.MessageDirection;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.community.model.ThreadStatus;
import io.github.chorus.plan.model.validation.ChorusDiagnostics;

/** Bodies of the invariants of the community model (called from the generated code). */
public final class CommunityConstraints {

    private CommunityConstraints() {
    }

    public static boolean hasAssigneeWhenAssigned(MessageThread thread, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if ((thread.getStatus() == ThreadStatus.ASSIGNED || thread.getStatus() == ThreadStatus.ESCALATED)
                && thread.getAssignee() == null) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "thread.assignee", thread, //$NON-NLS-1$
                    "the thread is " + thread.getStatus() + " but has no assignee"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    public static boolean hasValidSentimentAndAuthor(Message message, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        float sentiment = message.getSentiment();
        if (Float.isNaN(sentiment) || sentiment < -1f || sentiment > 1f) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "message.sentiment", message, //$NON-NLS-1$
                    "sentiment " + sentiment + " is outside [-1, 1]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (message.getDirection() == MessageDirection.INBOUND && message.getAuthor() == null) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "message.author", message, //$NON-NLS-1$
                    "the inbound message has no author"); //$NON-NLS-1$
        }
        if (message.getDirection() == MessageDirection.OUTBOUND && message.getSender() == null) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "message.sender", message, //$NON-NLS-1$
                    "the outbound message has no sender"); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean hasSalesOwnerWhenHandedOff(Lead lead, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (lead.getHandoff() != HandoffState.NOT_HANDED_OFF && (lead.getSalesOwner() == null || lead.getSalesOwner().isBlank())) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "lead.salesowner", lead, //$NON-NLS-1$
                    "the lead is " + lead.getHandoff() + " but names no sales owner"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }
}
