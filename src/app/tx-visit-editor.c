/* placeholder: being written */
typedef int tx_placeholder_tx_visit_editor;
