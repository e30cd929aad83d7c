// SPDX-License-Identifier: EPL-2.0
/**
 * The publishing engine: the approval workflow ({@link io.github.chorus.publishing.ApprovalWorkflow}), the
 * outbox that publishes due publications through the channel connectors ({@link io.github.chorus.publishing.Outbox}),
 * the workspace's publishing settings (approval policy, freezes, paused accounts, retry times:
 * {@link io.github.chorus.publishing.PublishingSettings}) and schedule helpers that keep local wall-clock times
 * across daylight-saving changes ({@link io.github.chorus.publishing.Schedules}).
 *
 * @since 0.1
 */
package io.github.chorus.publishing;
