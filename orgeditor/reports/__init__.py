"""Pure tables derived from a design: cost summaries now; post and redeployment tables later."""
