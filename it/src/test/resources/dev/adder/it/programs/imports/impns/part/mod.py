WHERE = "impns.part.mod"
