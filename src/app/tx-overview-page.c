/* placeholder: being written */
typedef int tx_placeholder_tx_overview_page;
