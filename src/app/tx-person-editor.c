/* placeholder: being written */
typedef int tx_placeholder_tx_person_editor;
