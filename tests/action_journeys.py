"""Which journey tests press each control of the app, the way a person presses it.

tests/test_action_coverage.py walks the real window and every dialog, names each control
"<page or dialog class>:<name>" and fails when one is missing here (write its journey first:
pytest-qt, a mouse click on the control, its Alt+letter or its shortcut, then wait for and
check what the person sees) or when a test named here does not exist.
"""

from __future__ import annotations

ACTIONS = "tests/test_gui_action_journeys.py::"
FORMS = "tests/test_gui_form_journeys.py::"
JOURNEYS_ = "tests/test_gui_journeys.py::"
LOCK = "tests/test_gui_lock.py::"
VAULT = "tests/test_gui_vault_lifecycle.py::"

CANCEL = ACTIONS + "test_cancel_in_every_form_writes_nothing"
PAGES = ACTIONS + "test_pages_open_by_tab_click_alt_letter_and_ctrl_number"
CLEAR = ACTIONS + "test_clear_buttons_empty_the_search_boxes"
IMPROVE = ACTIONS + "test_open_an_idea_with_enter_and_improve_it"
NEW_IDEA = ACTIONS + "test_a_new_idea_typed_into_the_editor_is_found"
GOAL_PAGE = ACTIONS + "test_edit_a_goal_add_an_experiment_and_open_it_again"
RECIPE = ACTIONS + "test_a_new_adaptation_shared_as_a_recipe_pack"
REPORT = ACTIONS + "test_a_report_with_notes_and_without_charts"
REMINDERS = "tests/test_reminders.py::"
REMIND_CTRL_J = REMINDERS + "test_on_opening_a_quiet_goal_is_named_and_ctrl_j_opens_its_check_in"
REMIND_SNOOZE_STOP = REMINDERS + "test_remind_me_tomorrow_and_stop_reminding_from_the_bar"
REMIND_NOT_NOW = REMINDERS + "test_not_now_hides_the_reminder_and_its_button_opens_the_check_in"
REMIND_SETTINGS = REMINDERS + "test_reminder_settings_are_chosen_on_the_settings_page"
REMIND_LOGIN = REMINDERS + "test_settings_turn_off_the_opening_reminder_and_start_at_login"
REMIND_CALENDAR = REMINDERS + "test_review_dates_saved_for_my_calendar_from_the_settings_page"
WITHOUT_IT = "tests/test_review.py::test_try_without_then_keep_and_make_it_an_adaptation_in_the_app"
CIRCLE_KEYS = "tests/test_circle.py::test_the_person_runs_their_circle_from_the_app_by_keyboard"
CIRCLE_CANCEL = "tests/test_circle.py::test_cancel_in_the_circle_writes_nothing_and_close_closes"
SUPPORTER = "tests/test_circle.py::test_the_supporter_joins_reads_and_writes_notes_in_the_app"
PANEL_KEYS = "tests/test_panel.py::test_the_panel_view_by_keyboard_shows_only_the_chosen_goals"
PANEL_CANCEL = "tests/test_panel.py::test_cancel_before_the_panel_starts_changes_nothing"
POOLED = "tests/test_gui_pooled.py::"
CONTRIBUTE = POOLED + "test_share_what_worked_from_my_goals_by_keyboard"
CONTRIBUTE_CANCEL = POOLED + "test_cancel_in_sharing_what_worked_saves_no_file"
EVIDENCE_SHOWN = (
    POOLED + "test_imported_evidence_shows_beside_ideas_and_its_boost_can_be_turned_off"
)
REPORT_WINS = "tests/test_report_wins.py::test_tick_include_my_wins_and_the_saved_report_holds_them"
EXPORT = ACTIONS + "test_export_everything_then_make_a_vault_from_the_export"
ERASE = ACTIONS + "test_erase_this_vault_asks_for_its_name_first"
CONTRAST = ACTIONS + "test_contrast_tick_boxes_apply_and_are_kept"
PACKS = ACTIONS + "test_import_a_pack_and_remove_it_with_the_buttons"
FIRST_RUN_OPEN = ACTIONS + "test_first_run_can_make_a_vault_without_a_passphrase"
UNLOCK = ACTIONS + "test_unlock_can_be_cancelled_or_done_with_the_recovery_code"
DAMAGED = ACTIONS + "test_a_damaged_vault_explains_itself_and_offers_its_backup"
WORKED = ACTIONS + "test_worked_for_me_marks_the_idea_by_its_alt_letter"
GUIDE = "tests/test_gui_guide_journeys.py::"
GUIDE_MOUSE = GUIDE + "test_by_mouse_from_the_first_screen_to_a_saved_goal_with_ideas"
GUIDE_KEYS = GUIDE + "test_by_keyboard_alone_with_numbers_enter_and_alt_letters"
GUIDE_BACK = GUIDE + "test_back_start_again_something_else_and_typing_over_the_guide"
GUIDE_LIST = GUIDE + "test_save_the_list_to_print"
EXAMPLE = GUIDE + "test_an_example_goal_starts_a_search_with_one_click"
NOTHING_FOUND = GUIDE + "test_nothing_found_names_the_filter_to_drop_and_offers_the_questions"
KEYS_HELP = ACTIONS + "test_f1_and_the_keys_button_list_every_shortcut_and_the_pages_letters"

KEYBOARD = JOURNEYS_ + "test_keyboard_only_journey_from_goal_to_checkin"
QUICK_CHECKIN = JOURNEYS_ + "test_quick_checkin_is_three_presses_from_a_goal_page"
FIRST_RUN = JOURNEYS_ + "test_first_run_creates_a_protected_vault_and_shows_the_code_once"
DELETE_UNDO = JOURNEYS_ + "test_delete_goal_and_undo"
MARKS = JOURNEYS_ + "test_marks_change_the_ranking"
TEXT_SIZE = JOURNEYS_ + "test_settings_text_size_and_contrast_apply_at_once"
RATE = JOURNEYS_ + "test_rate_a_device_from_the_goal_page"

NEW_GOAL = FORMS + "test_new_goal_button_opens_the_form_and_saves"
DATED_CHECKIN = FORMS + "test_a_check_in_can_be_dated_a_few_days_back"
RATE_WHICH = FORMS + "test_rate_the_device_asks_which_idea"
SWITCH = FORMS + "test_switching_vault_resets_the_filters"
CHECKIN_DETAIL = FORMS + "test_a_check_in_asks_two_questions_first_and_more_detail_on_request"
UNLOCK_FOCUS = FORMS + "test_unlock_starts_in_the_passphrase_box"

HIDE = LOCK + "test_hide_button_and_shortcut_lock_and_clear_everything"
HIDE_PROTECTED = LOCK + "test_unlocking_a_protected_vault_asks_for_the_passphrase"
HIDE_IN_DIALOG = LOCK + "test_hiding_closes_an_open_dialog_without_saving"
SCREEN_LOCK = LOCK + "test_screen_lock_signal_locks_unless_turned_off"

PROTECT = VAULT + "test_protecting_from_settings_shows_the_code_and_keeps_the_vault_open"
CHANGE_PASSPHRASE = VAULT + "test_changing_the_passphrase_keeps_the_recovery_code"
FIRST_SCREEN = VAULT + "test_the_first_screen_offers_bigger_text_and_high_contrast"
SHOW_TYPING = VAULT + "test_show_what_i_type_in_every_passphrase_form"
DIY_DESIGN = (
    "tests/test_gui_entry_editor.py::"
    "test_a_diy_design_typed_in_is_saved_and_an_edit_keeps_the_routes"
)
CODE_FILE = VAULT + "test_the_recovery_code_can_be_saved_as_a_file_to_print"
BACKUP_RESTORE = VAULT + "test_back_up_then_restore_from_settings"

CASELOAD = "tests/test_gui_caseload.py::test_an_ot_sets_up_adds_switches_and_gives_a_vault_back"
COMPARE = (
    "tests/test_compare.py::test_shortlist_from_find_ideas_and_catalogue_then_compare_and_print"
)
OUTCOMES = "tests/test_outcomes.py::test_outcomes_from_the_clients_page_with_charts_and_the_csv"
RECOMMEND = (
    "tests/test_recommendation.py::test_the_wizard_asks_each_step_shows_the_person_then_writes"
)
REVIEW = "tests/test_review.py::test_try_it_for_two_weeks_then_review_it_in_the_app"
HIDE_CASELOAD = "tests/test_gui_caseload.py::test_hide_now_forgets_the_practitioner_key"

JOURNEYS: dict[str, tuple[str, ...]] = {
    # the window
    "MainWindow:tab:Find ideas": (PAGES,),
    "MainWindow:tab:My goals": (PAGES,),
    "MainWindow:tab:Catalogue": (PAGES,),
    "MainWindow:tab:Settings": (PAGES,),
    "MainWindow:shortcut:Ctrl+1": (PAGES,),
    "MainWindow:shortcut:Ctrl+2": (PAGES, KEYBOARD),
    "MainWindow:shortcut:Ctrl+3": (PAGES,),
    "MainWindow:shortcut:Ctrl+4": (PAGES, TEXT_SIZE),
    "MainWindow:shortcut:Ctrl+L": (HIDE, HIDE_IN_DIALOG),
    "MainWindow:hide-now": (HIDE, HIDE_PROTECTED),
    "MainWindow:keys-help": (KEYS_HELP,),
    "MainWindow:shortcut:F1": (KEYS_HELP,),
    "KeysHelpDialog:Close": (KEYS_HELP,),
    "CheckInDialog:More detail": (CHECKIN_DETAIL,),
    "FindPage:Help me choose": (GUIDE_KEYS,),
    "IdeaListActions:Save these ideas as a goal…": (GUIDE_MOUSE, GUIDE_KEYS),
    "IdeaListActions:Print this list…": (GUIDE_LIST,),
    "IdeaListActions:Save this list…": (GUIDE_LIST,),
    "NothingFound:Show them without that filter": (NOTHING_FOUND,),
    # the example goals under the goal box (guide.toml has four)
    **{f"ClarifyBar:clarify-example:{n}": (EXAMPLE,) for n in range(4)},
    "NothingFound:Answer a few questions instead": (NOTHING_FOUND,),
    "GuidePanel:guide-choices:activate": (GUIDE_MOUSE, GUIDE_KEYS),
    "TrailBar:Back": (GUIDE_BACK,),
    "TrailBar:Start again": (GUIDE_BACK,),
    "LockedScreen:Unlock…": (HIDE, HIDE_PROTECTED),
    # Find ideas
    "FindPage:Clear the text": (CLEAR,),
    "FindPage:results:activate": (KEYBOARD,),
    "FindPage:Try this…": (KEYBOARD,),
    "FindPage:Worked for me": (WORKED,),
    "FindPage:Not for me": (MARKS,),
    # My goals
    "GoalsPage:New goal…": (NEW_GOAL,),
    "GoalsPage:Delete goal": (DELETE_UNDO,),
    "GoalsPage:Undo": (DELETE_UNDO,),
    "GoalsPage:Quick check-in…": (KEYBOARD, QUICK_CHECKIN, DATED_CHECKIN),
    "GoalsPage:Edit goal…": (GOAL_PAGE,),
    "GoalsPage:New experiment…": (GOAL_PAGE,),
    "GoalsPage:Experiments:activate": (GOAL_PAGE,),
    "GoalsPage:Rate the device…": (RATE_WHICH, RATE),
    "GoalsPage:Make a report…": (REPORT,),
    "GoalsPage:New adaptation…": (RECIPE,),
    "GoalsPage:Share as a recipe…": (RECIPE,),
    # Catalogue
    "CataloguePage:Clear the text": (CLEAR,),
    "CataloguePage:Catalogue ideas:activate": (IMPROVE,),
    "CataloguePage:New idea…": (NEW_IDEA,),
    "CataloguePage:Improve this idea…": (IMPROVE,),
    # Settings
    "SettingsPage:High contrast": (CONTRAST, TEXT_SIZE),
    "SettingsPage:Follow the computer's contrast setting": (CONTRAST,),
    "SettingsPage:Switch vault…": (SWITCH, UNLOCK, DAMAGED),
    "SettingsPage:Use this language now": (
        "tests/test_gui_languages.py::"
        "test_use_this_language_now_changes_every_word_at_once_with_the_journal_still_open",
    ),
    "SettingsPage:Make a vault from an export…": (EXPORT,),
    "SettingsPage:Change passphrase…": (PROTECT, CHANGE_PASSPHRASE),
    "SettingsPage:Back up now": (BACKUP_RESTORE,),
    "SettingsPage:Restore a backup…": (BACKUP_RESTORE,),
    "SettingsPage:Export everything…": (EXPORT,),
    "SettingsPage:Erase this vault…": (ERASE,),
    "SettingsPage:Lock when the screen locks or the computer goes to sleep": (SCREEN_LOCK,),
    "PacksBox:Import a pack…": (PACKS,),
    "PacksBox:Remove the chosen pack": (PACKS,),
    "PacksBox:Let what worked for others adjust the order of ideas": (EVIDENCE_SHOWN,),
    # dialogs: vaults
    "WelcomeDialog:Continue": (FIRST_RUN, FIRST_RUN_OPEN, SWITCH),
    "WelcomeDialog:Cancel": (ERASE,),
    "WelcomeDialog:Lock it with a passphrase": (FIRST_RUN_OPEN,),
    "UnlockDialog:Open": (UNLOCK_FOCUS, UNLOCK, HIDE_PROTECTED),
    "UnlockDialog:Cancel": (UNLOCK, HIDE_PROTECTED),
    "UnlockDialog:Use my recovery code instead": (UNLOCK,),
    "RecoveryCodeDialog:I have written it down": (FIRST_RUN, PROTECT),
    "RecoveryCodeDialog:Save it as a file…": (CODE_FILE,),
    "RecoveryCodeDialog:Print it…": (CODE_FILE,),
    "WelcomeDialog:High contrast": (FIRST_SCREEN,),
    **{
        f"{form}:show-passphrase": (SHOW_TYPING,)
        for form in ("WelcomeDialog", "NewPassphraseDialog", "ImportExportDialog", "UnlockDialog")
    },
    "VaultProblemDialog:OK": (DAMAGED,),
    "VaultProblemDialog:Restore the newest good backup": (DAMAGED,),
    "VaultProblemDialog:Cancel": (DAMAGED,),
    "NewPassphraseDialog:Lock it": (PROTECT,),
    "NewPassphraseDialog:Change it": (CHANGE_PASSPHRASE,),
    "NewPassphraseDialog:Cancel": (CANCEL,),
    "ImportExportDialog:Choose the export file": (EXPORT,),
    "ImportExportDialog:Lock it with a passphrase": (EXPORT,),
    "ImportExportDialog:Make the vault": (EXPORT,),
    "ImportExportDialog:Cancel": (CANCEL,),
    # dialogs: the journal
    "GoalDialog:Save": (NEW_GOAL, GOAL_PAGE),
    "GoalDialog:Cancel": (CANCEL,),
    "CheckInDialog:Save": (QUICK_CHECKIN, DATED_CHECKIN),
    "CheckInDialog:Cancel": (CANCEL,),
    "ExperimentDialog:Save": (GOAL_PAGE,),
    "ExperimentDialog:Cancel": (CANCEL,),
    "AdaptationDialog:Save": (RECIPE,),
    "AdaptationDialog:Cancel": (CANCEL,),
    "TryThisDialog:Start trying": (KEYBOARD,),
    "TryThisDialog:Cancel": (CANCEL,),
    "QuestDialog:Save": (RATE_WHICH, RATE),
    "QuestDialog:Cancel": (CANCEL,),
    "ReportDialog:Include my check-in notes": (REPORT,),
    "ReportDialog:Include charts": (REPORT,),
    "ReportDialog:Include my wins": (REPORT_WINS,),
    "ReportDialog:Save report…": (REPORT,),
    "ReportDialog:Cancel": (CANCEL,),
    "ShareRecipeDialog:Save the pack…": (
        RECIPE,
        "tests/test_gui_packs.py::test_share_an_adaptation_shows_what_goes_and_leaves_out_personal_details",
    ),
    "ShareRecipeDialog:Cancel": (CANCEL,),
    # dialogs: the catalogue
    "EntryEditor:Save": (IMPROVE, NEW_IDEA),
    "EntryEditor:Cancel": (CANCEL,),
    "EntryEditor:VAT relief": (DIY_DESIGN,),
    "EntryEditor:Get assessed first": (DIY_DESIGN,),
    "CaseloadPage:Add the open vault": (CASELOAD,),
    "CaseloadPage:Clear the text": (CASELOAD,),
    "CaseloadPage:Give to client…": (CASELOAD,),
    "CaseloadPage:Lock caseload": (CASELOAD,),
    "CaseloadPage:New client…": (CASELOAD,),
    "CaseloadPage:Open client": (CASELOAD,),
    "CaseloadPage:Refresh": (CASELOAD,),
    "CaseloadPage:Set up a practitioner passphrase…": (CASELOAD,),
    "CaseloadPage:Unlock caseload…": (CASELOAD,),
    "MainWindow:shortcut:Ctrl+5": (CASELOAD,),
    "MainWindow:shortcut:Ctrl+K": (CASELOAD,),
    "MainWindow:tab:Clients": (CASELOAD,),
    "NewClientDialog:Cancel": (CASELOAD,),
    "NewClientDialog:Make the vault": (CASELOAD,),
    "NewClientDialog:show-passphrase": (CASELOAD,),
    "PractitionerSetupDialog:Cancel": (CASELOAD,),
    "PractitionerSetupDialog:Set up caseload": (CASELOAD,),
    "PractitionerSetupDialog:show-passphrase": (CASELOAD,),
    "PractitionerUnlockDialog:Cancel": (CASELOAD,),
    "PractitionerUnlockDialog:Unlock": (CASELOAD,),
    "PractitionerUnlockDialog:Use my recovery code instead": (CASELOAD,),
    "PractitionerUnlockDialog:show-passphrase": (CASELOAD,),
    "SettingsPage:Show the Clients page": (CASELOAD,),
    "SettingsPage:Show the client's name in the window title": (CASELOAD,),
    "CataloguePage:Add to shortlist": (COMPARE,),
    "CataloguePage:Shortlist and compare…": (COMPARE,),
    "CompareDialog:Close": (COMPARE,),
    "CompareDialog:Print…": (COMPARE,),
    "FindPage:Add to shortlist": (COMPARE,),
    "ShortlistDialog:Close": (COMPARE,),
    "ShortlistDialog:Compare the ticked ideas": (COMPARE,),
    "ShortlistDialog:Remove the chosen idea": (COMPARE,),
    "CaseloadPage:Outcomes…": (OUTCOMES,),
    "OutcomesDialog:Save as CSV…": (OUTCOMES,),
    "OutcomesDialog:Close": (OUTCOMES,),
    "CaseloadPage:Write a recommendation…": (RECOMMEND,),
    "RecommendWizard:wizard-back": (RECOMMEND,),
    "RecommendWizard:wizard-cancel": (RECOMMEND,),
    "RecommendWizard:wizard-next": (RECOMMEND,),
    "RecommendWizard:wizard-write": (RECOMMEND,),
    "WizardStep:A funding panel (for example a Disabled Facilities Grant)": (RECOMMEND,),
    "WizardStep:The community equipment service": (RECOMMEND,),
    "WizardStep:The person has seen this and agrees to it": (RECOMMEND,),
    "WizardStep:The person themselves": (RECOMMEND,),
    "WizardStep:The person's GP": (RECOMMEND,),
    "GoalsPage:Review experiments…": (REVIEW,),
    "ReviewDialog:Change something and try again": (REVIEW,),
    "ReviewDialog:Close": (REVIEW,),
    "ReviewDialog:Keep it": (REVIEW,),
    "ReviewDialog:Stop": (REVIEW,),
    "ReviewDialog:Try without it for": (WITHOUT_IT,),
    "ReviewDialog:Make the kept idea my adaptation": (WITHOUT_IT,),
    "GoalDialog:Remind me when this goal has gone quiet": (REMIND_SNOOZE_STOP,),
    "MainWindow:shortcut:Ctrl+J": (REMIND_CTRL_J,),
    "ReminderBar:reminder-check-in": (REMIND_NOT_NOW,),
    "ReminderBar:reminder-not-now": (REMIND_NOT_NOW,),
    "ReminderBar:reminder-snooze": (REMIND_SNOOZE_STOP,),
    "ReminderBar:reminder-stop": (REMIND_SNOOZE_STOP,),
    "ReminderSettingsBox:Send me a desktop reminder to check in": (REMIND_SETTINGS,),
    "ReminderSettingsBox:Show my goal's words in reminders": (REMIND_SETTINGS,),
    "ReminderSettingsBox:Say when a goal has gone quiet": (REMIND_LOGIN,),
    "ReminderSettingsBox:Keep CareMatch in the system tray": (REMIND_LOGIN,),
    "ReminderSettingsBox:Start CareMatch quietly when I log in": (REMIND_LOGIN,),
    "ReminderSettingsBox:Save review dates to my calendar…": (REMIND_CALENDAR,),
    "GoalsPage:My circle of support…": (CIRCLE_KEYS, CIRCLE_CANCEL),
    "CircleDialog:Accept": (CIRCLE_KEYS,),
    "CircleDialog:Decline": (CIRCLE_KEYS,),
    "CircleDialog:Invite someone…": (CIRCLE_KEYS, CIRCLE_CANCEL),
    "CircleDialog:Take in a file…": (CIRCLE_KEYS,),
    "CircleDialog:What they may see…": (CIRCLE_KEYS, CIRCLE_CANCEL),
    "CircleDialog:Send them a summary…": (CIRCLE_KEYS,),
    "CircleDialog:Remove from my circle": (CIRCLE_KEYS,),
    "CircleDialog:Close": (CIRCLE_CANCEL,),
    "InviteDialog:Save the invite…": (CIRCLE_KEYS,),
    "InviteDialog:Cancel": (CIRCLE_CANCEL,),
    "ShareDialog:share-goal": (CIRCLE_KEYS, CIRCLE_CANCEL),
    "ShareDialog:Save": (CIRCLE_KEYS,),
    "ShareDialog:Cancel": (CIRCLE_CANCEL,),
    "GoalsPage:Panel meeting view…": (PANEL_KEYS, PANEL_CANCEL),
    "GoalsPage:Share what worked, anonymously…": (CONTRIBUTE, CONTRIBUTE_CANCEL),
    "ContributeDialog:Save the file…": (CONTRIBUTE,),
    "ContributeDialog:Cancel": (CONTRIBUTE_CANCEL,),
    "PanelGoalsDialog:panel-goal": (PANEL_KEYS,),
    "PanelGoalsDialog:Start the panel view": (PANEL_KEYS,),
    "PanelGoalsDialog:Cancel": (PANEL_CANCEL,),
    "PanelView:Add this step": (PANEL_KEYS,),
    "PanelView:Previous goal": (PANEL_KEYS,),
    "PanelView:Next goal": (PANEL_KEYS,),
    "PanelView:Save for the notes…": (PANEL_KEYS,),
    "PanelView:Close": (PANEL_KEYS,),
    "PanelView:shortcut:PgDown": (PANEL_KEYS,),
    "PanelView:shortcut:PgUp": (PANEL_KEYS,),
    "CircleDialog:People I support…": (SUPPORTER,),
    "SupportingDialog:Join a circle…": (SUPPORTER,),
    "SupportingDialog:Take in their summary…": (SUPPORTER,),
    "SupportingDialog:Write them notes…": (SUPPORTER,),
    "SupportingDialog:Close": (SUPPORTER,),
    "NotesDialog:I saw how it went: add a check-in as mine": (SUPPORTER,),
    "NotesDialog:Save the notes…": (SUPPORTER,),
    "NotesDialog:Cancel": (SUPPORTER,),
}
