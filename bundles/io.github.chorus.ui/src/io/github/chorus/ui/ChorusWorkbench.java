package io.github.chorus.ui;

import java.util.List;

/**
 * Element ids of the Chorus application model. Bundles use them in their
 * {@code fragment.e4xmi} to place contributions; they are stable across releases.
 *
 * @since 0.1
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class ChorusWorkbench {

	/** The application element. */
	public static final String APPLICATION_ID = "io.github.chorus.application"; //$NON-NLS-1$

	/** The main window. */
	public static final String WINDOW_ID = "io.github.chorus.window"; //$NON-NLS-1$

	/** Strategy: the marketing plan (brand, audiences, goals, KPIs, channels, budget). */
	public static final String PERSPECTIVE_STRATEGY = "io.github.chorus.perspective.strategy"; //$NON-NLS-1$

	/** Content: content items, per-channel variants, the editorial calendar, approvals. */
	public static final String PERSPECTIVE_CONTENT = "io.github.chorus.perspective.content"; //$NON-NLS-1$

	/** Community: the unified inbox of threads and messages. */
	public static final String PERSPECTIVE_COMMUNITY = "io.github.chorus.perspective.community"; //$NON-NLS-1$

	/** Campaigns: sponsored campaigns, budgets, pacing and ROI. */
	public static final String PERSPECTIVE_CAMPAIGNS = "io.github.chorus.perspective.campaigns"; //$NON-NLS-1$

	/** Analytics: imported metrics and KPIs against the plan's targets. */
	public static final String PERSPECTIVE_ANALYTICS = "io.github.chorus.perspective.analytics"; //$NON-NLS-1$

	/** The tag every area perspective carries. */
	public static final String AREA_PERSPECTIVE_TAG = "io.github.chorus.area"; //$NON-NLS-1$

	/** The perspectives of the five activity areas, in the order users work through them. */
	public static final List<String> AREA_PERSPECTIVES = List.of(PERSPECTIVE_STRATEGY, PERSPECTIVE_CONTENT,
			PERSPECTIVE_COMMUNITY, PERSPECTIVE_CAMPAIGNS, PERSPECTIVE_ANALYTICS);

	private ChorusWorkbench() {
	}
}
