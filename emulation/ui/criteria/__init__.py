"""The criteria editor (Bộ tiêu chí): the tree, its parameters, grades, vetoes, quotas and awards."""
