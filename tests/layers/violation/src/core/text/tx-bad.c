/* A file that breaks a layer rule on purpose: test "layers-catch" runs
 * check-layers.py on this tree and expects it to fail. */
#include "core/db/tx-database.h"
