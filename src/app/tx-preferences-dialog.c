/* placeholder: being written */
typedef int tx_placeholder_tx_preferences_dialog;
