/* a header of the database layer, for the violation below */
