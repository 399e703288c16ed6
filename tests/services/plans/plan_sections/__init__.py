"""Tests of the plan section builders."""
