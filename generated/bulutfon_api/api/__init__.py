# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""Contains methods for accessing the API"""
