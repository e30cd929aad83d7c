package io.github.chorus.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The File, Edit, Window and Help menus with the workbench's standard actions (save, undo and
 * redo, clipboard, perspectives, views, preferences, key assist, about). Each menu keeps the
 * standard group markers so that bundles can add to it from their model fragments.
 */
final class ChorusActionBarAdvisor extends ActionBarAdvisor {

	/** Id of the Window > Perspective submenu. */
	static final String MENU_PERSPECTIVE = "io.github.chorus.menu.window.perspective"; //$NON-NLS-1$

	private static final String SHOW_KEY_ASSIST_COMMAND = "org.eclipse.ui.window.showKeyAssist"; //$NON-NLS-1$

	ChorusActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	private IWorkbenchAction register(ActionFactory factory, IWorkbenchWindow window) {
		IWorkbenchAction action = factory.create(window);
		register(action);
		return action;
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		// Registering binds each action to its command and key binding; fillMenuBar reads them back.
		for (ActionFactory factory : new ActionFactory[] { ActionFactory.SAVE, ActionFactory.SAVE_AS,
				ActionFactory.SAVE_ALL, ActionFactory.CLOSE, ActionFactory.CLOSE_ALL, ActionFactory.IMPORT,
				ActionFactory.EXPORT, ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO,
				ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE,
				ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.PROPERTIES,
				ActionFactory.SAVE_PERSPECTIVE, ActionFactory.RESET_PERSPECTIVE, ActionFactory.EDIT_ACTION_SETS,
				ActionFactory.CLOSE_PERSPECTIVE, ActionFactory.CLOSE_ALL_PERSPECTIVES, ActionFactory.PREFERENCES,
				ActionFactory.SHOW_QUICK_ACCESS, ActionFactory.OPEN_NEW_WINDOW, ActionFactory.ABOUT }) {
			register(factory, window);
		}
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu(window));
		menuBar.add(helpMenu(window));
	}

	private IMenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.ChorusActionBarAdvisor_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.CLOSE));
		menu.add(action(ActionFactory.CLOSE_ALL));
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.SAVE));
		menu.add(action(ActionFactory.SAVE_AS));
		menu.add(action(ActionFactory.SAVE_ALL));
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.IMPORT));
		menu.add(action(ActionFactory.EXPORT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(action(ActionFactory.PROPERTIES));
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		menu.add(new Separator());
		menu.add(action(ActionFactory.QUIT));
		return menu;
	}

	private IMenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.ChorusActionBarAdvisor_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(action(ActionFactory.UNDO));
		menu.add(action(ActionFactory.REDO));
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.CUT));
		menu.add(action(ActionFactory.COPY));
		menu.add(action(ActionFactory.PASTE));
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(action(ActionFactory.DELETE));
		menu.add(action(ActionFactory.SELECT_ALL));
		menu.add(new Separator());
		menu.add(action(ActionFactory.FIND));
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private IMenuManager windowMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager(Messages.ChorusActionBarAdvisor_window,
				IWorkbenchActionConstants.M_WINDOW);
		menu.add(action(ActionFactory.OPEN_NEW_WINDOW));
		menu.add(new Separator());

		MenuManager perspective = new MenuManager(Messages.ChorusActionBarAdvisor_perspective, MENU_PERSPECTIVE);
		MenuManager open = new MenuManager(Messages.ChorusActionBarAdvisor_openPerspective,
				"io.github.chorus.menu.window.perspective.open"); //$NON-NLS-1$
		open.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		perspective.add(open);
		perspective.add(new Separator());
		perspective.add(action(ActionFactory.EDIT_ACTION_SETS));
		perspective.add(action(ActionFactory.SAVE_PERSPECTIVE));
		perspective.add(action(ActionFactory.RESET_PERSPECTIVE));
		perspective.add(new Separator());
		perspective.add(action(ActionFactory.CLOSE_PERSPECTIVE));
		perspective.add(action(ActionFactory.CLOSE_ALL_PERSPECTIVES));
		menu.add(perspective);

		MenuManager showView = new MenuManager(Messages.ChorusActionBarAdvisor_showView,
				"io.github.chorus.menu.window.showView"); //$NON-NLS-1$
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		menu.add(showView);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(action(ActionFactory.SHOW_QUICK_ACCESS));
		menu.add(action(ActionFactory.PREFERENCES));
		menu.add(ContributionItemFactory.OPEN_WINDOWS.create(window));
		return menu;
	}

	private IMenuManager helpMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager(Messages.ChorusActionBarAdvisor_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new CommandContributionItem(new CommandContributionItemParameter(window, null,
				SHOW_KEY_ASSIST_COMMAND, CommandContributionItem.STYLE_PUSH)));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(action(ActionFactory.ABOUT));
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager fileTools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileTools.add(action(ActionFactory.SAVE));
		fileTools.add(action(ActionFactory.SAVE_ALL));
		fileTools.add(new Separator());
		fileTools.add(action(ActionFactory.UNDO));
		fileTools.add(action(ActionFactory.REDO));
		coolBar.add(new ToolBarContributionItem(fileTools, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private IAction action(ActionFactory factory) {
		return getAction(factory.getId());
	}
}
